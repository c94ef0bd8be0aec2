package vn.tinhso.dossier.receipt;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
public record DossierBook(String agencyName, LocalDate from, LocalDate to, List<Entry> entries) {
    public record Entry(int number, String dossierCode, String procedureName, String applicantName, String applicantAddress,
            String applicantPhone, LocalDateTime receivedAt, LocalDateTime dueAt, String handledBy, LocalDateTime resolvedAt,
            LocalDateTime returnedAt, String status, String note) {}
}
