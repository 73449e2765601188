package id.rekap.forms.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.TestClock;
import id.rekap.signing.TallyCentre;
import id.rekap.signing.TrustPolicy;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign and verify round trips of the real D.Hasil PDF and XLSX and of a recap package, recognised
 * by content; pdfsig agrees on the PDF; unsigned and unknown files.
 */
class VerifyFileTest {
  private static final TallyCentre SIGNER =
      new TallyCentre("KEPULAUAN SERIBU", "kabkota", "3101", "pemilu-2024");
  private final SignedForms forms = SignedForms.get();
  private final TrustPolicy trust = TrustPolicy.of(List.of(forms.key.certificate()));

  @TempDir Path dir;

  @Test
  void aSignedDHasilPdfVerifies() {
    var r = VerifyFile.run(forms.signedPdf, "d-hasil.pdf", trust);
    assertThat(r.kind()).isEqualTo(VerifyFile.Kind.PDF);
    assertThat(r.problems()).isEmpty();
    assertThat(r.valid()).isTrue();
    assertThat(r.signer().orElseThrow().level()).isEqualTo(SIGNER.level());
    assertThat(r.signer().orElseThrow().regionCode()).isEqualTo(SIGNER.regionCode());
    assertThat(r.signedAt()).contains(TestClock.FIXED.instant());
  }

  @Test
  void aSignedDHasilXlsxVerifies() {
    var r = VerifyFile.run(forms.signedXlsx, "d-hasil.xlsx", trust);
    assertThat(r.kind()).isEqualTo(VerifyFile.Kind.XLSX);
    assertThat(r.problems()).isEmpty();
    assertThat(r.valid()).isTrue();
    assertThat(r.signer().orElseThrow().regionCode()).isEqualTo("3101");
    assertThat(r.signedAt()).contains(TestClock.FIXED.instant());
  }

  @Test
  void aSignedPackageVerifies() {
    var r = VerifyFile.run(forms.signedPackage, "kep-seribu.rekap", trust);
    assertThat(r.kind()).isEqualTo(VerifyFile.Kind.PACKAGE);
    assertThat(r.problems()).isEmpty();
    assertThat(r.valid()).isTrue();
    assertThat(r.signedAt()).contains(TestClock.FIXED.instant());
  }

  @Test
  void withoutTrustTheyAreIntactButNotValid() {
    for (byte[] file : List.of(forms.signedPdf, forms.signedXlsx, forms.signedPackage)) {
      var r = VerifyFile.run(file, "file", TrustPolicy.nobody());
      assertThat(r.intact()).isTrue();
      assertThat(r.trusted()).isFalse();
      assertThat(r.valid()).isFalse();
    }
  }

  @Test
  void unsignedFormsAreNotValid() {
    assertThat(VerifyFile.run(forms.pdf, "x.pdf", trust).problems()).containsExactly("not signed");
    assertThat(VerifyFile.run(forms.xlsx, "x.xlsx", trust).problems())
        .containsExactly("not signed");
  }

  @Test
  void otherFilesAreRefused() {
    byte[] text = "bukan berkas bertanda tangan".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> VerifyFile.run(text, "x.txt", trust))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("verify.error.kind"));
  }

  @Test
  void pdfsigReportsTheRealFormsSignatureValid() throws Exception {
    assumeTrue(
        new File("/usr/bin/pdfsig").canExecute(),
        "pdfsig not installed: apt-get install poppler-utils");
    Path pdf = Files.write(dir.resolve("d-hasil-signed.pdf"), forms.signedPdf);
    Process p =
        new ProcessBuilder(List.of("pdfsig", pdf.toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertThat(out).contains("Signature Validation: Signature is Valid.");
    assertThat(out).contains("Signature Type: ETSI.CAdES.detached");
    assertThat(out).contains("Total document signed");
  }
}
