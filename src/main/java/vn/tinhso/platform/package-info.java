/**
 * The house every capability lives in: the embedded PostgreSQL the platform starts by itself when no external
 * database is configured, the data directory, the page layout and language switch, the home page, and the one
 * place where errors become Vietnamese pages or {@code application/problem+json}.
 * <p>
 * Its public types ({@link vn.tinhso.platform.Refusal}, {@link vn.tinhso.platform.NotFound},
 * {@link vn.tinhso.platform.TinhsoProperties}) are what other modules use.
 */
package vn.tinhso.platform;
