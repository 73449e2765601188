package id.rekap.signing;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Detached CMS (PKCS#7) signatures, as used for a recap package's manifest: SHA-256 with RSA, the
 * signer's certificate chain included, the signing time taken from the injected clock, the
 * certificate bound by ESS signing-certificate-v2. {@code openssl cms -verify} checks them without
 * Rekap.
 */
public final class CmsSignature {
  private CmsSignature() {}

  /** The DER signature over the content. */
  public static byte[] sign(byte[] content, SigningKey key, Clock clock) {
    return CmsSigner.sign(content, key, clock.instant());
  }

  /** What a verification found: the signer, when it signed, and whether the content is intact. */
  public record Verification(
      boolean intact,
      Optional<X509Certificate> signer,
      List<X509Certificate> certificates,
      Optional<Instant> signedAt,
      String problem) {}

  public static Verification verify(byte[] content, byte[] signature) {
    var outcome = CmsChecks.verify(content, signature);
    return new Verification(
        outcome.intact(),
        outcome.signer(),
        outcome.certificates(),
        outcome.signingTime(),
        String.join("; ", outcome.problems()));
  }

  /**
   * Every certificate carried in a signature (the signer's and its intermediate CAs), for path
   * validation; empty when the signature cannot be read.
   */
  public static List<X509Certificate> certificates(byte[] signature) {
    try {
      CMSSignedData data = new CMSSignedData(signature);
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      java.util.ArrayList<X509Certificate> out = new java.util.ArrayList<>();
      for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
        out.add(converter.getCertificate(holder));
      }
      return List.copyOf(out);
    } catch (CMSException | GeneralSecurityException | RuntimeException e) {
      return List.of();
    }
  }
}
