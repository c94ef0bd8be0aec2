package vn.tinhso.dossier.receipt;
import java.time.LocalDateTime;
import java.util.List;
public record ControlSlip(String agencyName, String dossierCode, String applicantName, String procedureName,
        LocalDateTime receivedAt, LocalDateTime dueAt, List<Handover> rows) {
    public record Handover(String from, String to, LocalDateTime at, LocalDateTime stepDueAt, String outcome, String note) {}
}
