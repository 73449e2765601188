package id.rekap.forms.verify;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.RekapException;
import id.rekap.signing.TrustPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of issue 6: 200 random single-byte changes of each signed artifact (the real D.Hasil
 * PDF and XLSX, a recap package) are all detected: the verification says not valid, or refuses the
 * file as bad input. The random positions are seeded, so a failure names a position that can be
 * reproduced.
 */
class TamperTest {
  private static final int CHANGES = 200;
  private final SignedForms forms = SignedForms.get();
  private final TrustPolicy trust = TrustPolicy.of(List.of(forms.key.certificate()));

  @Test
  void everyChangeOfTheSignedPdfIsDetected() {
    assertThat(undetected(forms.signedPdf, 20240214L)).isEmpty();
  }

  @Test
  void everyChangeOfTheSignedXlsxIsDetected() {
    assertThat(undetected(forms.signedXlsx, 20240215L)).isEmpty();
  }

  @Test
  void everyChangeOfTheSignedPackageIsDetected() {
    assertThat(undetected(forms.signedPackage, 20240216L)).isEmpty();
  }

  /** The positions whose change went unnoticed (with the new value). */
  private List<String> undetected(byte[] signed, long seed) {
    assertThat(VerifyFile.run(signed, "original", trust).valid()).isTrue();
    Random random = new Random(seed);
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < CHANGES; i++) {
      int at = random.nextInt(signed.length);
      byte value = (byte) (signed[at] + 1 + random.nextInt(255)); // always a different value
      byte[] tampered = signed.clone();
      tampered[at] = value;
      if (!detected(tampered)) {
        missed.add(at + "=" + (value & 0xFF));
      }
    }
    return missed;
  }

  private boolean detected(byte[] tampered) {
    try {
      return !VerifyFile.run(tampered, "tampered", trust).valid();
    } catch (RekapException e) {
      return e.kind() == RekapException.Kind.BAD_INPUT;
    }
  }
}
