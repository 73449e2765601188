package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PAdES signatures: round trip, trust, tampering, bytes added after signing. */
class PdfSignatureTest {
  private final SigningKey key = TestKeys.ppk();
  private final byte[] signed = PdfSignature.sign(TestPdfs.twoPages(), key, TestKeys.CLOCK);

  @Test
  void aSignedPdfVerifiesWithItsSignerAndTime() {
    SignatureCheck check = PdfSignature.verify(signed, TrustPolicy.of(List.of(key.certificate())));
    assertThat(check.problems()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.signer()).contains(TestKeys.PPK);
    assertThat(check.signedAt()).contains(TestKeys.CLOCK.instant());
  }

  @Test
  void withoutTrustItIsIntactButNotValid() {
    SignatureCheck check = PdfSignature.verify(signed, TrustPolicy.nobody());
    assertThat(check.intact()).isTrue();
    assertThat(check.trusted()).isFalse();
    assertThat(check.valid()).isFalse();
  }

  @Test
  void anUnsignedPdfIsReportedAsSuch() {
    SignatureCheck check = PdfSignature.verify(TestPdfs.twoPages(), TrustPolicy.nobody());
    assertThat(check.intact()).isFalse();
    assertThat(check.problems()).containsExactly("not signed");
  }

  @Test
  void bytesAppendedAfterSigningAreDetected() {
    byte[] longer = Arrays.copyOf(signed, signed.length + 1);
    longer[signed.length] = '\n';
    SignatureCheck check = PdfSignature.verify(longer, TrustPolicy.of(List.of(key.certificate())));
    assertThat(check.valid()).isFalse();
    assertThat(check.problems()).anyMatch(p -> p.contains("whole file"));
  }
}
