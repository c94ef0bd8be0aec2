package vn.tinhso.dossier.receipt;
import java.time.LocalDate;
import java.time.LocalDateTime;
public record ResultDocument(String agencyName, String place, LocalDate issuedOn, String dossierCode, String procedureName,
        String procedureCode, String resultName, String applicantName, String applicantIdNumber, String applicantAddress,
        String decisionText, String approvedBy, LocalDateTime approvedAt, String verifyUrl) {}
