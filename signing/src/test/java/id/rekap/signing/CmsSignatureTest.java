package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rekap.testsupport.TestClocks;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace key in PKCS#12 and detached CMS signatures, checked by us and by openssl. */
class CmsSignatureTest {
  static final Clock CLOCK = TestClocks.at(ZoneOffset.UTC);
  static final TallyCentre PPK =
      new TallyCentre("PPK KEPULAUAN SERIBU UTARA", "kecamatan", "310101", "pemilu-2024");
  static final char[] PASS = "rahasia-kunci".toCharArray();

  @TempDir static Path dir;
  static SigningKey key;

  @BeforeAll
  static void createKey() {
    key = SigningKey.create(dir.resolve("keys/signing.p12"), PASS, PPK, CLOCK);
  }

  @Test
  void theCertificateStatesTheTallyCentre() {
    var subject =
        org.bouncycastle.asn1.x500.X500Name.getInstance(
            key.certificate().getSubjectX500Principal().getEncoded());
    assertThat(TallyCentre.of(subject)).isEqualTo(PPK);
    assertThat(key.certificate().getNotBefore().toInstant())
        .isEqualTo(CLOCK.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  @Test
  void theKeyLoadsOnlyWithItsPassphrase() {
    var loaded = SigningKey.load(dir.resolve("keys/signing.p12"), PASS);
    assertThat(loaded.certificate()).isEqualTo(key.certificate());
    assertThatThrownBy(
            () -> SigningKey.load(dir.resolve("keys/signing.p12"), "salah".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSignatureVerifiesAndTamperingIsDetected() {
    byte[] manifest = "{\"format\":\"rekap-package/1\"}".getBytes(StandardCharsets.UTF_8);
    byte[] sig = CmsSignature.sign(manifest, key, CLOCK);
    var ok = CmsSignature.verify(manifest, sig);
    assertThat(ok.intact()).isTrue();
    assertThat(ok.signer()).contains(key.certificate());
    assertThat(ok.signedAt()).contains(CLOCK.instant());
    byte[] tampered = manifest.clone();
    tampered[3] ^= 1;
    assertThat(CmsSignature.verify(tampered, sig).intact()).isFalse();
    assertThat(CmsSignature.verify(manifest, new byte[] {1, 2, 3}).intact()).isFalse();
  }

  @Test
  void opensslVerifiesTheSignatureIndependently() throws Exception {
    assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl not installed");
    byte[] manifest =
        "{\"format\":\"rekap-package/1\",\"sequence\":1}".getBytes(StandardCharsets.UTF_8);
    Path content = Files.write(dir.resolve("manifest.json"), manifest);
    Path sig =
        Files.write(dir.resolve("manifest.json.p7s"), CmsSignature.sign(manifest, key, CLOCK));
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.certificate().getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    Path ca = Files.writeString(dir.resolve("ppk.pem"), pem);
    // The certificate was valid at the fixed signing time, not necessarily now: check at that time.
    Process p =
        new ProcessBuilder(
                List.of(
                    "openssl",
                    "cms",
                    "-verify",
                    "-binary",
                    "-inform",
                    "DER",
                    "-in",
                    sig.toString(),
                    "-content",
                    content.toString(),
                    "-CAfile",
                    ca.toString(),
                    "-purpose",
                    "any",
                    "-attime",
                    Long.toString(CLOCK.instant().getEpochSecond()),
                    "-out",
                    "/dev/null"))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains("Verification successful");
    Files.write(
        content,
        "{\"format\":\"rekap-package/1\",\"sequence\":2}".getBytes(StandardCharsets.UTF_8));
    Process bad =
        new ProcessBuilder(
                List.of(
                    "openssl",
                    "cms",
                    "-verify",
                    "-binary",
                    "-inform",
                    "DER",
                    "-in",
                    sig.toString(),
                    "-content",
                    content.toString(),
                    "-CAfile",
                    ca.toString(),
                    "-purpose",
                    "any",
                    "-attime",
                    Long.toString(CLOCK.instant().getEpochSecond()),
                    "-out",
                    "/dev/null"))
            .redirectErrorStream(true)
            .start();
    bad.getInputStream().readAllBytes();
    assertThat(bad.waitFor()).isNotZero();
  }
}
