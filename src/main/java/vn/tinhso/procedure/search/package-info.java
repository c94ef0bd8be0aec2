/**
 * Finding a procedure the way citizens ask for it: without diacritics, with typos, in any word order, in everyday
 * words ("sổ đỏ", "mở quán", "cmnd"). PostgreSQL does it: a search row per procedure in force, written in the
 * transaction that publishes a version, ranked by full-text and trigram similarity, plus a table of everyday
 * words as data. Serves the public catalogue API ({@code /api/procedures}) and pages ({@code /procedures}).
 * Nothing here is used by other modules.
 */
package vn.tinhso.procedure.search;
