package vn.tinhso.dossier.receipt;
public final class DossierBookXlsx {
    public static byte[] of(DossierBook b) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("So theo doi ho so");
            int r = 0;
            for (var e : b.entries()) { sheet.createRow(r++).createCell(0).setCellValue(e.dossierCode()); }
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
    }
}
