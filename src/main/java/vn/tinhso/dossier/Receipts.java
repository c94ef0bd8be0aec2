package vn.tinhso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tinhso.dossier.receipt.ReceiptForm;
import vn.tinhso.dossier.receipt.ReceiptPdf;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.organization.Agencies;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;
import vn.tinhso.platform.TinhsoProperties;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.ProcessingTime;
import vn.tinhso.procedure.RequiredDocument;

/**
 * Assembles form 01, the receipt and appointment slip (Thông tư 01/2018/TT-VPCP Art. 19 and mẫu số 01), from the
 * dossier, the catalogue version it was filed under and the receiving agency. Only the citizen who filed it and
 * the officers of the receiving agency get it; to anyone else it does not exist.
 */
@Component
class Receipts {

    static final String PAPER = "bản giấy";

    private final Dossiers dossiers;
    private final Procedures procedures;
    private final Agencies agencies;
    private final Officers officers;
    private final Deadlines deadlines;
    private final TinhsoProperties platform;

    Receipts(Dossiers dossiers, Procedures procedures, Agencies agencies, Officers officers, Deadlines deadlines,
             TinhsoProperties platform) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.agencies = agencies;
        this.officers = officers;
        this.deadlines = deadlines;
        this.platform = platform;
    }

    byte[] pdf(CurrentUser user, DossierCode code) {
        return ReceiptPdf.of(form(user, code));
    }

    ReceiptForm form(CurrentUser user, DossierCode code) {
        Dossier dossier = dossiers.find(code).filter(found -> mayRead(user, found))
                .orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        if (dossier.status() == DossierStatus.REFUSED) { // the applicant gets form 03 instead
            throw new Refusal(HttpStatus.CONFLICT, "dossier.receipt.refused", code.value());
        }
        Procedure procedure = procedures.history(new ProcedureCode(dossier.procedureCode)).stream()
                .filter(version -> version.version() == dossier.procedureVersion).findFirst().orElseThrow();
        var agency = agencies.find(new AgencyCode(dossier.agencyCode)).orElseThrow();
        boolean expected = dossier.receivedAt() == null;
        Instant receipt = expected ? deadlines.receipt(dossier.submittedAt, procedure.details().cutoffTime())
                : dossier.receivedAt();
        Instant due = expected ? deadlines.due(receipt, procedure.details().processingTime()) : dossier.dueAt();
        Applicant applicant = dossier.applicant;
        return new ReceiptForm(agency.name(), placeName(agency.unitName()), issuedOn(dossier), code.value(),
                new ReceiptForm.Person(applicant.fullName(), applicant.identityNumber(), applicant.phone(),
                        applicant.email(), applicant.address()),
                procedure.name(), procedure.code().value(), papers(dossier, procedure), charges(procedure),
                processingTime(procedure.details().processingTime()), Deadlines.local(receipt), Deadlines.local(due),
                expected, ResultReturn.describe(procedure, dossier.channel, agency.name(), platform.baseUrl()),
                trackingUrl(platform.baseUrl(), code), receivedBy(dossier));
    }

    private boolean mayRead(CurrentUser user, Dossier dossier) {
        boolean owner = dossier.ownerAccountId != null && dossier.ownerAccountId == user.accountId();
        return owner || officers.mayReceiveFor(user, dossier.agencyCode);
    }

    /**
     * The procedure's papers with what was received for each: the uploaded file's name, or "bản giấy" for a paper
     * handed in at the desk or by post without a scan. Optional papers nobody gave are left out.
     */
    private List<ReceiptForm.Paper> papers(Dossier dossier, Procedure procedure) {
        Map<Integer, Dossiers.FiledDocument> filed = dossiers.documents(dossier.id).stream()
                .collect(Collectors.toMap(Dossiers.FiledDocument::position, Function.identity()));
        List<RequiredDocument> required = procedure.details().documents();
        var papers = new ArrayList<ReceiptForm.Paper>();
        for (int position = 0; position < required.size(); position++) {
            RequiredDocument paper = required.get(position);
            var file = filed.get(position);
            if (file != null) {
                papers.add(new ReceiptForm.Paper(paper.name(), paper.originals(), paper.copies(), file.fileName()));
            } else if (paper.required() && dossier.channel != Channel.ONLINE) {
                papers.add(new ReceiptForm.Paper(paper.name(), paper.originals(), paper.copies(), PAPER));
            }
        }
        return papers;
    }

    private static List<ReceiptForm.Charge> charges(Procedure procedure) {
        return procedure.details().fees().stream().filter(fee -> fee.amount() > 0)
                .map(fee -> new ReceiptForm.Charge(fee.name(), fee.amount())).toList();
    }

    private static String processingTime(ProcessingTime time) {
        return "%02d %s".formatted(time.amount(),
                time.unit() == ProcessingTime.Unit.WORKING_DAYS ? "ngày làm việc" : "giờ làm việc");
    }

    /** The officer who registered or accepted the dossier; empty while it waits for one. */
    private String receivedBy(Dossier dossier) {
        return dossiers.history(dossier.id).stream()
                .filter(entry -> entry.type().equals("received") || entry.type().equals("registered"))
                .reduce((first, second) -> second).map(Dossiers.HistoryEntry::actor).orElse("");
    }

    /** Where anyone with the code and the last 4 digits of the identity number follows the dossier. */
    static String trackingUrl(String baseUrl, DossierCode code) {
        return UriComponentsBuilder.fromUriString(baseUrl).path("/tracking")
                .queryParam("code", code.value()).build().toUriString();
    }

    private static LocalDate issuedOn(Dossier dossier) {
        return Deadlines.local(dossier.receivedAt() != null ? dossier.receivedAt() : dossier.submittedAt).toLocalDate();
    }

    /** "Hải Phòng" for "Thành phố Hải Phòng": the date line names the place without its kind of unit. */
    static String placeName(String unitName) {
        return unitName.replaceFirst("^(Thành phố|Tỉnh|Phường|Xã|Đặc khu|Thị trấn|Quận|Huyện|Thị xã)\\s+", "");
    }
}
