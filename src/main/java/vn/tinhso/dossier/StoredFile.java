package vn.tinhso.dossier;

/**
 * A file kept by {@link Attachments}.
 *
 * @param sha256 its content hash, also its name on disk
 * @param size in bytes
 * @param mediaType detected from the content, never from the name
 * @param fileName the name it was uploaded under, cleaned, for display only
 */
record StoredFile(String sha256, long size, String mediaType, String fileName) {
}
