package vn.tinhso.dossier;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.identity.CurrentUser;

/** Filing, receiving and tracking dossiers over HTTP. Errors are {@code application/problem+json}. */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Hồ sơ / Dossiers")
class DossierApi {

    private final Intake intake;
    private final Reception reception;
    private final Tracking tracking;
    private final Uploads uploads;
    private final Receipts receipts;

    DossierApi(Intake intake, Reception reception, Tracking tracking, Uploads uploads, Receipts receipts) {
        this.intake = intake;
        this.reception = reception;
        this.tracking = tracking;
        this.uploads = uploads;
        this.receipts = receipts;
    }

    @Operation(summary = "Upload a document before filing (PDF, JPEG or PNG; the type is read from the content)")
    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<UploadAnswer> upload(CurrentUser user, @RequestPart("file") MultipartFile file) throws IOException {
        var upload = uploads.accept(file.getInputStream(), file.getOriginalFilename(), user.username(),
                user.accountId());
        return ResponseEntity.status(HttpStatus.CREATED).body(new UploadAnswer(upload.id().toString(),
                upload.file().fileName(), upload.file().mediaType(), upload.file().size(), upload.file().sha256()));
    }

    @Operation(summary = "File a dossier online (citizens). Retries with the same Idempotency-Key never file twice.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('CITIZEN')")
    ResponseEntity<Filed> file(CurrentUser citizen, @Valid @RequestBody Submission submission,
                               @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key) {
        Filed filed = intake.fileOnline(citizen, submission, key == null || key.isBlank() ? null : key.strip());
        return ResponseEntity.status(filed.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/dossiers/" + filed.code().value() + "/status")).body(filed);
    }

    @Operation(summary = "Register a dossier handed in at the desk (DIRECT) or received by post (POSTAL)")
    @PostMapping(path = "/desk", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    ResponseEntity<Filed> register(CurrentUser officer, @Valid @RequestBody Submission submission,
                                   @RequestParam(defaultValue = "DIRECT") Channel channel) {
        Filed filed = intake.registerAtDesk(officer, submission, channel);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/dossiers/" + filed.code().value() + "/status")).body(filed);
    }

    @Operation(summary = "Accept an online dossier (Được tiếp nhận): the processing time starts")
    @PostMapping("/{code}/acceptance")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState accept(CurrentUser officer, @PathVariable String code) {
        return tracking.stateOf(reception.accept(officer, new DossierCode(code)));
    }

    @Operation(summary = "Refuse an online dossier with a reason (form 03)")
    @PostMapping(path = "/{code}/refusal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState refuse(CurrentUser officer, @PathVariable String code, @Valid @RequestBody Reason reason) {
        return tracking.stateOf(reception.refuse(officer, new DossierCode(code), reason.text()));
    }

    @Operation(summary = "Ask the applicant to complete an online dossier before acceptance (form 02)")
    @PostMapping(path = "/{code}/supplement-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER')")
    DossierState requestSupplement(CurrentUser officer, @PathVariable String code, @Valid @RequestBody Reason reason) {
        return tracking.stateOf(reception.requestSupplement(officer, new DossierCode(code), reason.text()));
    }

    @Operation(summary = "Where a dossier stands; needs the last 4 digits of the applicant's identity number")
    @GetMapping("/{code}/status")
    DossierState status(@PathVariable String code,
                        @Parameter(description = "last 4 digits of the applicant's identity number")
                        @RequestParam String key) {
        return tracking.track(new DossierCode(code), key);
    }

    @Operation(summary = "The receipt and appointment slip (form 01) as PDF, for the applicant and the receiving agency")
    @GetMapping("/{code}/receipt.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> receipt(CurrentUser user, @PathVariable String code) {
        byte[] pdf = receipts.pdf(user, new DossierCode(code));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("giay-tiep-nhan-" + code + ".pdf").build().toString())
                .body(pdf);
    }

    /** A reason or a request told to the applicant. */
    record Reason(@NotBlank @Size(max = 2000) String text) {
    }

    /** An accepted upload: refer to {@code id} in the submission. */
    record UploadAnswer(String id, String fileName, String mediaType, long size, String sha256) {
    }
}
