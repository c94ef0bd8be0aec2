/**
 * The catalogue's pages: the public page of a procedure and its versions, the administrators' editor that
 * records new versions, and the catalogue statistics (page and Excel file). Everything here is package-private;
 * it uses only {@link vn.tinhso.procedure.Procedures} and the records of the module's API.
 */
package vn.tinhso.procedure.pages;
