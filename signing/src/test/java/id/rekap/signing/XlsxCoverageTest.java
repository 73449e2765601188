package id.rekap.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 5 (the XLSX parts): the signature covers every part, and verification
 * reports as not intact a changed {@code [Content_Types].xml}, a changed {@code docProps/core.xml},
 * an added part and an added relationship, even in the canonical container.
 */
class XlsxCoverageTest {
  private final SigningKey key = TestKeys.ppk();
  private final byte[] signed = XlsxSignature.sign(TestXlsx.workbook(), key, TestKeys.CLOCK);

  private SignatureCheck verify(byte[] xlsx) {
    return XlsxSignature.verify(xlsx, TrustPolicy.of(List.of(key.certificate())));
  }

  /** The signed file with entries changed, written back in the canonical layout. */
  private byte[] changed(Consumer<SequencedMap<String, byte[]>> change) {
    SequencedMap<String, byte[]> entries = new LinkedHashMap<>(CanonicalZip.read(signed));
    change.accept(entries);
    return CanonicalZip.write(entries);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyPartIsSignedDocumentPropertiesToo() {
    SignatureCheck check = verify(signed);
    assertThat(check.problems()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(CanonicalZip.read(signed)).containsKeys("docProps/core.xml", "docProps/app.xml");
    String signature = text(CanonicalZip.read(signed).get("_xmlsignatures/sig1.xml"));
    assertThat(signature)
        .contains("/docProps/core.xml?ContentType=")
        .contains("/docProps/app.xml?ContentType=")
        .contains("/xl/workbook.xml?ContentType=");
  }

  @Test
  void aChangedCorePropertiesPartIsNotIntact() {
    byte[] xlsx =
        changed(
            e ->
                e.put(
                    "docProps/core.xml",
                    bytes(
                        text(e.get("docProps/core.xml"))
                            .replaceFirst(
                                "</cp:coreProperties>",
                                "<dc:creator>Penyusup</dc:creator></cp:coreProperties>"))));
    SignatureCheck check = verify(xlsx);
    assertThat(check.intact()).isFalse();
    assertThat(check.valid()).isFalse();
  }

  @Test
  void aChangedContentTypesPartIsNotIntact() {
    // the workbook retyped as macro-enabled
    byte[] retyped =
        changed(
            e ->
                e.put(
                    "[Content_Types].xml",
                    bytes(
                        text(e.get("[Content_Types].xml"))
                            .replace(
                                "spreadsheetml.sheet.main+xml",
                                "ms-excel.sheet.macroEnabled.main+xml"))));
    assertThat(verify(retyped).intact()).isFalse();
    assertThat(verify(retyped).problems()).anyMatch(p -> p.contains("/xl/workbook.xml"));
    // something added that names no part
    byte[] extra =
        changed(
            e ->
                e.put(
                    "[Content_Types].xml",
                    bytes(
                        text(e.get("[Content_Types].xml"))
                            .replace(
                                "</Types>",
                                "<Override PartName=\"/xl/vbaProject.bin\""
                                    + " ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                                    + "</Types>"))));
    assertThat(verify(extra).intact()).isFalse();
    assertThat(verify(extra).problems()).anyMatch(p -> p.contains("vbaProject"));
  }

  @Test
  void anAddedPartOrRelationshipIsNotIntact() {
    byte[] part =
        changed(
            e -> {
              e.put(
                  "[Content_Types].xml",
                  bytes(
                      text(e.get("[Content_Types].xml"))
                          .replace(
                              "</Types>",
                              "<Override PartName=\"/docProps/custom.xml\" ContentType="
                                  + "\"application/vnd.openxmlformats-officedocument"
                                  + ".custom-properties+xml\"/></Types>")));
              e.put("docProps/custom.xml", bytes("<Properties/>"));
            });
    assertThat(verify(part).intact()).isFalse();
    assertThat(verify(part).problems())
        .anyMatch(p -> p.contains("/docProps/custom.xml") && p.contains("not covered"));

    byte[] relationship =
        changed(
            e ->
                e.put(
                    "xl/_rels/workbook.xml.rels",
                    bytes(
                        text(e.get("xl/_rels/workbook.xml.rels"))
                            .replace(
                                "</Relationships>",
                                "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org"
                                    + "/officeDocument/2006/relationships/hyperlink\""
                                    + " Target=\"http://contoh.invalid\" TargetMode=\"External\"/>"
                                    + "</Relationships>"))));
    assertThat(verify(relationship).intact()).isFalse();
    assertThat(verify(relationship).problems()).anyMatch(p -> p.contains("rIdX"));
  }
}
