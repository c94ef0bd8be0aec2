package vn.tinhso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.tinhso.dossier.receipt.ControlSlip;
import vn.tinhso.dossier.receipt.ControlSlipPdf;
import vn.tinhso.dossier.receipt.DossierBook;
import vn.tinhso.identity.Colleagues;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.NotFound;
import vn.tinhso.platform.Refusal;

/**
 * The documents of a dossier other than its papers and its receipt: the signed result (for the applicant once
 * issued, and for the officers who may handle it), the letters (forms 04 and 05), the process control slip
 * (form 06) and an agency's dossier book (form 07). To anyone else they do not exist.
 */
@Component
class DossierDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Dossiers dossiers;
    private final Processing processing;
    private final Results results;
    private final Letters letters;
    private final Names names;
    private final Colleagues colleagues;
    private final Officers officers;
    private final DossierList list;
    private final MessageSource messages;

    DossierDocuments(Dossiers dossiers, Processing processing, Results results, Letters letters, Names names,
                     Colleagues colleagues, Officers officers, DossierList list, MessageSource messages) {
        this.messages = messages;
        this.dossiers = dossiers;
        this.processing = processing;
        this.results = results;
        this.letters = letters;
        this.names = names;
        this.colleagues = colleagues;
        this.officers = officers;
        this.list = list;
    }

    byte[] result(CurrentUser user, DossierCode code) {
        Dossier dossier = readable(user, code);
        var result = results.of(dossier).orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "processing.result.none",
                code.value()));
        return results.bytes(result);
    }

    byte[] letter(CurrentUser user, DossierCode code, long letterId) {
        Dossier dossier = readable(user, code);
        var letter = letters.of(dossier).stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> new NotFound("thông báo", String.valueOf(letterId)));
        return letters.pdf(dossier, letter);
    }

    byte[] controlSlip(CurrentUser officer, DossierCode code) {
        Dossier dossier = processing.handled(officer, code);
        var agencyNames = names.agencies(List.of(dossier.agencyCode));
        var rows = new ArrayList<ControlSlip.Handover>();
        String from = agencyNames.get(dossier.agencyCode) + " - Bộ phận tiếp nhận và trả kết quả";
        for (Dossiers.StepRow step : dossiers.steps(dossier.id)) {
            String agency = names.agencies(List.of(step.agencyCode())).get(step.agencyCode());
            String to = agency + " - " + name(step.enteredBy()) + " (" + step.step() + ")";
            rows.add(new ControlSlip.Handover(from, to, Deadlines.local(step.enteredAt()), local(step.dueAt()),
                    outcome(step.leftAt(), step.dueAt()), step.action() == null ? "" : step.action()));
            from = agency + " - " + (step.leftBy() == null ? "" : name(step.leftBy()));
        }
        var procedure = names.version(dossier.procedureCode, dossier.procedureVersion);
        return ControlSlipPdf.of(new ControlSlip(agencyNames.get(dossier.agencyCode), code.value(),
                dossier.applicant.fullName(), procedure.name(), local(dossier.receivedAt()), local(dossier.dueAt()),
                rows));
    }

    /** The dossier book (form 07) of the agencies an officer works for, received between two days. */
    DossierBook book(CurrentUser officer, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw Refusal.of("processing.book.period");
        }
        var agencies = officers.agenciesOf(officer);
        if (agencies.isEmpty()) {
            throw new Refusal(HttpStatus.FORBIDDEN, "processing.book.no-agency");
        }
        var lines = list.book(agencies, from, to);
        Map<String, String> agencyNames = names.agencies(List.copyOf(agencies));
        var entries = new ArrayList<DossierBook.Entry>();
        int number = 1;
        for (DossierList.BookLine line : lines) {
            entries.add(new DossierBook.Entry(number++, line.code(), names.version(line.procedureCode(),
                    line.procedureVersion()).name(), line.applicantName(), nullToEmpty(line.address()),
                    nullToEmpty(line.phone()), local(line.receivedAt()), local(line.dueAt()),
                    agencyNames.getOrDefault(line.handlingAgency(), line.handlingAgency()), local(line.resolvedAt()),
                    local(line.returnedAt()), messages.getMessage("dossier.status." + line.status(), null, VIETNAMESE),
                    note(line)));
        }
        String title = String.join("; ", agencyNames.values());
        return new DossierBook(title, from, to, entries);
    }

    private Dossier readable(CurrentUser user, DossierCode code) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new NotFound("hồ sơ", code.value()));
        boolean owner = user != null && user.citizen() && Long.valueOf(user.accountId()).equals(dossier.ownerAccountId);
        if (!owner && !processing.mayHandle(user, dossier)) {
            throw new NotFound("hồ sơ", code.value());
        }
        return dossier;
    }

    private static String note(DossierList.BookLine line) {
        if (line.resolvedAt() != null && line.dueAt() != null) {
            return line.resolvedAt().isAfter(line.dueAt()) ? "Trễ hạn" : "Đúng hạn";
        }
        return line.returnMethod() == null ? "" : switch (line.returnMethod()) {
            case ONLINE -> "Trả trực tuyến";
            case DESK -> "Trả tại bộ phận một cửa";
            case POST -> "Trả qua bưu chính";
        };
    }

    private String name(String username) {
        return colleagues.displayName(username).orElse(username);
    }

    private static String outcome(Instant left, Instant due) {
        if (left == null || due == null) {
            return "";
        }
        if (left.isAfter(due)) {
            return "Quá hạn";
        }
        boolean dayEarlier = Deadlines.local(left).toLocalDate().isBefore(Deadlines.local(due).toLocalDate());
        return dayEarlier ? "Trước hạn" : "Đúng hạn";
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : Deadlines.local(at);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
