package id.rekap.signing;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * The one place that decides whether a signer is trusted: its certificate is one of the trusted
 * certificates, or it chains (PKIX, through the intermediates the signature carries) to a trusted
 * certificate that is a CA, e.g. BSrE. Revocation is not checked: the application works offline.
 * The chain is judged at the signing time the signature claims, because a recap signed during the
 * plenary must still verify after its certificate expired.
 */
public final class TrustPolicy {
  private final List<X509Certificate> trusted;

  private TrustPolicy(List<X509Certificate> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  public static TrustPolicy of(Collection<X509Certificate> trusted) {
    return new TrustPolicy(List.copyOf(trusted));
  }

  public static TrustPolicy nobody() {
    return new TrustPolicy(List.of());
  }

  /**
   * True when the signer is trusted.
   *
   * @param signer the signer's certificate
   * @param carried the certificates the signature carries (may include the signer's and
   *     intermediates)
   * @param at the claimed signing time
   */
  public boolean trusts(X509Certificate signer, Collection<X509Certificate> carried, Instant at) {
    return new CertificateTrust(trusted).decide(signer, carried, at).trusted();
  }

  /** The trusted certificates (a centre's own, or CAs'). */
  public List<X509Certificate> certificates() {
    return trusted;
  }

  private static boolean validAt(X509Certificate cert, Instant at) {
    try {
      cert.checkValidity(Date.from(at));
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean sameCertificate(X509Certificate a, X509Certificate b) {
    try {
      return Arrays.equals(a.getEncoded(), b.getEncoded());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
