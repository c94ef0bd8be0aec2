package vn.tinhso.dti.cycle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.dti.scoring.Frameworks;
import vn.tinhso.identity.CurrentUser;
import vn.tinhso.platform.Refusal;

/**
 * The frameworks (bộ chỉ số) as anyone can read them — each version with its main indices and indicators, and its
 * export as JSON or as a workbook — and the import of a new version by the keepers of the reference data.
 */
@Controller
class FrameworkPages {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StoredFrameworks frameworks;
    private final FrameworkImports imports;

    FrameworkPages(StoredFrameworks frameworks, FrameworkImports imports) {
        this.frameworks = frameworks;
        this.imports = imports;
    }

    @GetMapping("/dti/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        return "dti/frameworks";
    }

    @GetMapping("/dti/frameworks/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("stored", frameworks.get(id));
        return "dti/framework";
    }

    @GetMapping("/dti/frameworks/{id:\\d+}.json")
    ResponseEntity<byte[]> json(@PathVariable long id) {
        StoredFramework stored = frameworks.get(id);
        byte[] body = StoredFrameworks.json(stored.framework()).getBytes(StandardCharsets.UTF_8);
        return download(body, MediaType.APPLICATION_JSON, stored.code() + "-v" + stored.version() + ".json");
    }

    @GetMapping("/dti/frameworks/{id:\\d+}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        StoredFramework stored = frameworks.get(id);
        var out = new ByteArrayOutputStream();
        Frameworks.writeXlsx(stored.framework(), out);
        return download(out.toByteArray(), XLSX, stored.code() + "-v" + stored.version() + ".xlsx");
    }

    @GetMapping("/dti/frameworks/import")
    @PreAuthorize("isAuthenticated()")
    String importForm() {
        return "dti/framework-import";
    }

    @PostMapping("/dti/frameworks/import")
    @PreAuthorize("isAuthenticated()")
    String importFile(CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            StoredFramework stored = imports.importFile(user, content, file == null ? null : file.getOriginalFilename());
            return "redirect:/dti/frameworks/" + stored.id() + "?imported";
        } catch (FrameworkImports.RefusedFramework refused) {
            model.addAttribute("problems", refused.problems());
            return "dti/framework-import";
        } catch (Refusal refused) {
            if (refused.status().value() == 403) {
                throw refused;
            }
            model.addAttribute("problem", refused.code());
            model.addAttribute("problemArguments", refused.arguments());
            return "dti/framework-import";
        }
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
