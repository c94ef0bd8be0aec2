/**
 * The append-only, hash-chained log of what every actor did. Each entry carries the SHA-256 of the previous one,
 * so that changing or deleting any entry breaks the chain at that point; {@link vn.tinhso.audit.AuditLog#verify()}
 * reports the first broken link. The database also refuses updates and deletes of entries.
 */
package vn.tinhso.audit;
