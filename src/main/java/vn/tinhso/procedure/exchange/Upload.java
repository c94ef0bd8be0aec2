package vn.tinhso.procedure.exchange;

import org.springframework.web.multipart.MultipartFile;

/**
 * The import form: one file, a workbook or a JSON document (told apart by content). Its size is bounded by the
 * platform's multipart limits ({@code spring.servlet.multipart.max-file-size}).
 *
 * @param file the uploaded file; null or empty when none was chosen
 */
record Upload(MultipartFile file) {

    boolean missing() {
        return file == null || file.isEmpty();
    }
}
