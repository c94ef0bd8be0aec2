package vn.tinhso.dossier.receipt;
import java.time.LocalDate;
import java.time.LocalDateTime;
public record ApologyLetter(String agencyName, String place, LocalDate issuedOn, String dossierCode, String applicantName,
        String procedureName, LocalDateTime receivedAt, LocalDateTime originalDueAt, String reason, LocalDateTime newDueAt,
        String signerTitle, String signerName) {}
