/**
 * Import and export of the procedure catalogue as an Excel workbook (the layout provinces publish, see
 * {@code docs/procedure-exchange.md}) or as the JSON {@link vn.tinhso.procedure.CatalogueDocument}. An import reads
 * the whole file, reports every problem with its sheet, row and column, and records nothing until the file is
 * clean; it runs as a background job whose progress the page polls. Uses only the public API of
 * {@link vn.tinhso.procedure}.
 */
package vn.tinhso.procedure.exchange;
