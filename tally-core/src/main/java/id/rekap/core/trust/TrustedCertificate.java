package id.rekap.core.trust;

import java.security.cert.X509Certificate;

/**
 * A certificate on the workspace's trust list, with who registered it and when, and, once removed,
 * who removed it and when (the row stays: the history of whom the workspace trusted is evidence).
 */
public record TrustedCertificate(
    long id,
    String fingerprint,
    String subject,
    String issuer,
    boolean ca,
    String notAfter,
    X509Certificate certificate,
    String note,
    String addedBy,
    String addedAt,
    String removedBy,
    String removedAt) {

  public boolean active() {
    return removedAt == null;
  }
}
