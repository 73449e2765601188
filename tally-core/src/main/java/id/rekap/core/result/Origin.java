package id.rekap.core.result;

/** The file a result was read from, its SHA-256, and the source's own timestamp if any. */
public record Origin(String file, String sha256, String sourceTimestamp) {}
