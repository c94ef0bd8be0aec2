package vn.tinhso.dossier.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Checking a signed PDF over HTTP, for other systems. Errors are {@code application/problem+json}. */
@RestController
@RequestMapping("/api/signatures")
@Tag(name = "Chữ ký số / Digital signatures")
class SignatureApi {

    private final ResultSigner signer;
    private final SigningProperties properties;

    SignatureApi(ResultSigner signer, SigningProperties properties) {
        this.signer = signer;
        this.properties = properties;
    }

    @Operation(summary = "Check the latest digital signature of a PDF: intact, trusted, who signed and when")
    @PostMapping(path = "/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SignatureCheck verify(@RequestPart(name = "file", required = false) MultipartFile file) {
        return signer.verify(PdfUpload.bytes(file, properties.maxFileSize()));
    }
}
