package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.testsupport.TestClocks;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust decisions: a certificate on the list, a chain (with an intermediate) to a CA on the list,
 * and the ways it fails: not listed, a listed end-entity used as if it were a CA, expiry, and a
 * CA-issued certificate that states no tally centre.
 */
class CertificateTrustTest {
  static final Instant NOW = TestClocks.INSTANT;
  static final Clock CLOCK = TestClocks.at(ZoneOffset.UTC);

  @TempDir static Path dir;
  static KeyPair rootKeys;
  static X509Certificate root;
  static KeyPair subKeys;
  static X509Certificate sub;
  static X509Certificate leaf;
  static X509Certificate selfSigned;

  @BeforeAll
  static void pki() throws Exception {
    rootKeys = rsa();
    root = cert("CN=Root CA", "CN=Root CA", rootKeys, rootKeys.getPrivate(), true);
    subKeys = rsa();
    sub = cert("CN=Sub CA", "CN=Root CA", subKeys, rootKeys.getPrivate(), true);
    leaf =
        cert(
            "C=ID,O=pemilu-2024,L=310101,OU=kecamatan,CN=PPK A",
            "CN=Sub CA",
            rsa(),
            subKeys.getPrivate(),
            false);
    selfSigned =
        SigningKey.create(
                dir.resolve("k.p12"),
                "frasa-sandi-uji".toCharArray(),
                new TallyCentre("PPK B", "kecamatan", "310102", "pemilu-2024"),
                CLOCK)
            .certificate();
  }

  @Test
  void aListedCertificateIsTrustedDirectly() {
    var d = new CertificateTrust(List.of(selfSigned)).decide(selfSigned, List.of(), NOW);
    assertThat(d.trusted()).isTrue();
    assertThat(d.direct()).isTrue();
    assertThat(d.anchor()).contains(selfSigned);
  }

  @Test
  void aChainThroughAnIntermediateToAListedRootIsTrusted() {
    var d = new CertificateTrust(List.of(root)).decide(leaf, List.of(sub, root), NOW);
    assertThat(d.trusted()).as(d.problem()).isTrue();
    assertThat(d.direct()).isFalse();
    assertThat(d.anchor()).contains(root);
    assertThat(TallyCentre.stated(leaf).orElseThrow().regionCode()).isEqualTo("310101");
  }

  @Test
  void withoutTheIntermediateTheChainIsIncomplete() {
    var d = new CertificateTrust(List.of(root)).decide(leaf, List.of(), NOW);
    assertThat(d.trusted()).isFalse();
    assertThat(d.problem()).contains("chain");
  }

  @Test
  void notListedAndNotChainedIsUntrusted() {
    assertThat(new CertificateTrust(List.of(root)).decide(selfSigned, List.of(), NOW).trusted())
        .isFalse();
    assertThat(new CertificateTrust(List.of()).decide(leaf, List.of(sub, root), NOW).trusted())
        .isFalse();
  }

  @Test
  void aListedEndEntityDoesNotVouchForOthers() {
    var d = new CertificateTrust(List.of(selfSigned)).decide(leaf, List.of(sub, root), NOW);
    assertThat(d.trusted()).isFalse();
  }

  @Test
  void expiredCertificatesAreNotTrusted() {
    Instant later = NOW.plus(Duration.ofDays(10 * 365));
    assertThat(
            new CertificateTrust(List.of(selfSigned))
                .decide(selfSigned, List.of(), later)
                .trusted())
        .isFalse();
    assertThat(
            new CertificateTrust(List.of(root)).decide(leaf, List.of(sub, root), later).trusted())
        .isFalse();
  }

  @Test
  void aPersonalCertificateStatesNoTallyCentre() throws Exception {
    X509Certificate person =
        cert("CN=Budi,O=KPU,L=Jakarta,C=ID", "CN=Sub CA", rsa(), subKeys.getPrivate(), false);
    assertThat(TallyCentre.stated(person)).isEmpty();
    assertThat(TallyCentre.stated(selfSigned)).isPresent();
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static X509Certificate cert(
      String subject, String issuer, KeyPair keys, PrivateKey signer, boolean ca) throws Exception {
    var b =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(System.nanoTime()),
            Date.from(NOW.minus(Duration.ofDays(1))),
            Date.from(NOW.plus(Duration.ofDays(365))),
            new X500Name(subject),
            keys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    b.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(ca ? KeyUsage.keyCertSign : KeyUsage.digitalSignature));
    return new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
  }
}
