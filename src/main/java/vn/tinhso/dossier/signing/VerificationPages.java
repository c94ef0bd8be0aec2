package vn.tinhso.dossier.signing;

import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.platform.Refusal;

/** The public page where anyone checks the digital signature of a result they received. */
@Controller
class VerificationPages {

    private final ResultSigner signer;
    private final SigningProperties properties;
    private final MessageSource messages;

    VerificationPages(ResultSigner signer, SigningProperties properties, MessageSource messages) {
        this.signer = signer;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/verify")
    String form() {
        return "dossier/verify";
    }

    @PostMapping("/verify")
    String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                 HttpServletResponse response) {
        byte[] pdf;
        try {
            pdf = PdfUpload.bytes(file, properties.maxFileSize());
        } catch (Refusal refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", messages.getMessage(refusal.code(), refusal.arguments(),
                    LocaleContextHolder.getLocale()));
            return "dossier/verify";
        }
        SignatureCheck check = signer.verify(pdf);
        model.addAttribute("check", check);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("signedAt", check.signedAt() == null ? null
                : LocalDateTime.ofInstant(check.signedAt(), PadesSigning.VIETNAM));
        return "dossier/verify";
    }
}
