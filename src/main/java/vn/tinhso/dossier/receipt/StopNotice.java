package vn.tinhso.dossier.receipt;
import java.time.LocalDate;
import java.time.LocalDateTime;
public record StopNotice(String agencyName, String place, LocalDate issuedOn, String dossierCode, String applicantName,
        String procedureName, LocalDateTime receivedAt, String reason, String signerTitle, String signerName) {}
