package id.rekap.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a signer is trusted, given the certificates a workspace registered: the signer's own
 * certificate is on the list (direct trust), or it chains to a certificate on the list (PKIX path
 * validation, as for a CA such as BSrE). Revocation is not checked: the tally centres work offline
 * and have no CRL or OCSP to ask. Shared by every verifier (packages, signed PDF and XLSX).
 */
public final class CertificateTrust {
  private final List<X509Certificate> trusted;

  public CertificateTrust(Collection<X509Certificate> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /**
   * The decision. {@code anchor} is the listed certificate the trust rests on; {@code direct} is
   * true when that is the signer's own certificate; {@code problem} says why not when untrusted.
   */
  public record Decision(
      boolean trusted, Optional<X509Certificate> anchor, boolean direct, String problem) {
    static Decision no(String problem) {
      return new Decision(false, Optional.empty(), false, problem);
    }
  }

  /**
   * @param signer the certificate that signed
   * @param others further certificates that came with the signature (intermediate CAs)
   * @param at the time the certificates must be valid at (the signing time, else now)
   */
  public Decision decide(X509Certificate signer, Collection<X509Certificate> others, Instant at) {
    String fingerprint = SigningKey.fingerprint(signer);
    for (X509Certificate t : trusted) {
      if (SigningKey.fingerprint(t).equals(fingerprint)) {
        try {
          signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
          return Decision.no("certificate not valid at " + at);
        }
        return new Decision(true, Optional.of(t), true, "");
      }
    }
    Set<TrustAnchor> anchors = new HashSet<>();
    for (X509Certificate t : trusted) {
      if (t.getBasicConstraints() >= 0) {
        anchors.add(new TrustAnchor(t, null));
      }
    }
    if (anchors.isEmpty()) {
      return Decision.no("the certificate is not on the trust list");
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(signer);
      PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
      params.setRevocationEnabled(false);
      params.setDate(Date.from(at));
      List<X509Certificate> pool = new ArrayList<>(others);
      pool.add(signer);
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
      var result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
      return new Decision(true, Optional.of(result.getTrustAnchor().getTrustedCert()), false, "");
    } catch (CertPathBuilderException e) {
      return Decision.no("no valid chain to a trusted certificate: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      return Decision.no("cannot check the chain: " + e.getMessage());
    }
  }
}
