package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** OOXML signatures: round trip, trust, an unsigned workbook, the canonical container. */
class XlsxSignatureTest {
  private final SigningKey key = TestKeys.ppk();
  private final byte[] signed = XlsxSignature.sign(TestXlsx.workbook(), key, TestKeys.CLOCK);

  @Test
  void aSignedWorkbookVerifiesWithItsSignerAndTime() throws Exception {
    SignatureCheck check = XlsxSignature.verify(signed, TrustPolicy.of(List.of(key.certificate())));
    assertThat(check.problems()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.signer()).contains(TestKeys.PPK);
    assertThat(check.signedAt()).contains(TestKeys.CLOCK.instant());
    assertThat(entryNames(signed)).contains("_xmlsignatures/sig1.xml", "xl/workbook.xml");
  }

  private static List<String> entryNames(byte[] zip) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    try (var z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      java.util.zip.ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        names.add(e.getName());
      }
    }
    return names;
  }

  @Test
  void withoutTrustItIsIntactButNotValid() {
    SignatureCheck check = XlsxSignature.verify(signed, TrustPolicy.nobody());
    assertThat(check.intact()).isTrue();
    assertThat(check.valid()).isFalse();
  }

  @Test
  void anUnsignedWorkbookIsReportedAsSuch() {
    SignatureCheck check = XlsxSignature.verify(TestXlsx.workbook(), TrustPolicy.nobody());
    assertThat(check.valid()).isFalse();
    assertThat(check.problems()).contains("not signed");
  }

  @Test
  void theSignedContainerIsCanonical() {
    assertThat(CanonicalZip.write(CanonicalZip.read(signed))).isEqualTo(signed);
  }
}
