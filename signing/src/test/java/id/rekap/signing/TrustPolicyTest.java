package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trust: the signer's own certificate, or a chain to a trusted CA (as BSrE issues them). */
class TrustPolicyTest {
  static final Instant SIGNED = TestKeys.CLOCK.instant();
  static KeyPair caKeys;
  static X509Certificate ca;
  static X509Certificate otherCa;
  static X509Certificate issued;

  @BeforeAll
  static void certificates() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    caKeys = g.generateKeyPair();
    ca = certificate("CN=Uji CA", caKeys, "CN=Uji CA", caKeys, true);
    KeyPair other = g.generateKeyPair();
    otherCa = certificate("CN=CA Lain", other, "CN=CA Lain", other, true);
    KeyPair ppk = g.generateKeyPair();
    issued = certificate("CN=PPK,OU=kecamatan,L=310101", ppk, "CN=Uji CA", caKeys, false);
  }

  static X509Certificate certificate(
      String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean isCa)
      throws Exception {
    var b =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(System.nanoTime()),
            Date.from(SIGNED.minus(Duration.ofDays(1))),
            Date.from(SIGNED.plus(Duration.ofDays(365))),
            new X500Name(subject),
            subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
    if (isCa) {
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
  }

  @Test
  void theSignersOwnCertificateIsTrustedWhileValid() {
    X509Certificate own = TestKeys.ppk().certificate();
    TrustPolicy policy = TrustPolicy.of(List.of(own));
    assertThat(policy.trusts(own, List.of(own), SIGNED)).isTrue();
    assertThat(policy.trusts(own, List.of(own), SIGNED.plus(Duration.ofDays(3 * 365)))).isFalse();
    assertThat(TrustPolicy.nobody().trusts(own, List.of(own), SIGNED)).isFalse();
  }

  @Test
  void aCertificateIssuedByATrustedCaIsTrusted() {
    assertThat(TrustPolicy.of(List.of(ca)).trusts(issued, List.of(issued), SIGNED)).isTrue();
    assertThat(TrustPolicy.of(List.of(otherCa)).trusts(issued, List.of(issued), SIGNED)).isFalse();
  }

  @Test
  void aTrustedEndEntityDoesNotVouchForOthers() {
    X509Certificate own = TestKeys.ppk().certificate();
    assertThat(TrustPolicy.of(List.of(own)).trusts(issued, List.of(issued), SIGNED)).isFalse();
  }
}
