package id.rekap.forms.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.result.Source;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Hostile workbooks are refused quickly and without reading them whole into memory. */
@Timeout(30)
class HostileXlsxTest {
  @TempDir Path tmp;

  private static final String SHEET = "xl/worksheets/sheet2.xml";

  private static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
       <!ENTITY lol "lol">
       <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
       <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
       <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
       <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
       <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
       <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
       <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
       <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <sheetData><row r="3"><c r="D3" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>
      </worksheet>
      """;

  private Path template() throws IOException {
    return TemplateFixtures.write(
        TemplateFixtures.ppwp(), TemplateFormat.XLSX, tmp.resolve("t.xlsx"));
  }

  private static RekapException refusal(Path f) throws IOException {
    try {
      TemplateReader.read(f, TemplateFixtures.ppwp(), Source.CHASIL);
    } catch (RekapException e) {
      assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
      assertThat(e.getMessage()).contains(f.toString());
      return e;
    }
    throw new AssertionError("not refused: " + f);
  }

  @Test
  void zipBombStopsAtTheInflateLimit() throws IOException {
    Path bomb = tmp.resolve("bomb.xlsx");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry(SHEET));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) { // 300 MB of zeros, a few hundred kB compressed
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(2L << 20);
    long start = System.nanoTime();
    assertThat(refusal(bomb).key()).isEqualTo("template.error.zipBomb");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void entityExpansionIsRefusedByTheGuard() throws IOException {
    Path f =
        TemplateFixtures.replaceEntry(
            template(),
            tmp.resolve("lol.xlsx"),
            SHEET,
            BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8));
    RekapException e = refusal(f);
    assertThat(e.key()).isEqualTo("template.error.doctype");
    assertThat(e.getMessage()).contains(SHEET);
  }

  @Test
  void entityExpansionIsRefusedByTheParserToo() {
    // defence in depth: were the guard ever bypassed, POI's hardened SAX parser still refuses
    var in = new ByteArrayInputStream(BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WorkbookSheets.parse(in, new DefaultHandler()))
        .isInstanceOf(SAXException.class);
  }

  @Test
  void externalEntityIsRefused() throws IOException {
    String xxe =
        """
        <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <sheetData><row r="3"><c r="D3" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData>
        </worksheet>
        """;
    Path f =
        TemplateFixtures.replaceEntry(
            template(), tmp.resolve("xxe.xlsx"), SHEET, xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(f).key()).isEqualTo("template.error.doctype");
    assertThat(refusal(f).getMessage()).doesNotContain("root:");
  }

  @Test
  void hugeSheetStopsAtTheRowLimit() throws IOException {
    StringBuilder b =
        new StringBuilder(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    b.append("<row r=\"").append(SheetScanner.MAX_ROWS + 5).append("\"><c r=\"A1\"/></row>");
    b.append("</sheetData></worksheet>");
    Path f =
        TemplateFixtures.replaceEntry(
            template(),
            tmp.resolve("rows.xlsx"),
            SHEET,
            b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(f).key()).isEqualTo("template.error.tooLarge");
  }

  @Test
  void millionsOfEmptyCellsAreAZipBombAndStopTheScannerToo() throws Exception {
    // 6 M empty cells: tiny when compressed, so the inflate ratio stops them before POI opens
    // the package; the scanner's cell count would stop them too
    StringBuilder b = new StringBuilder(64 << 20);
    b.append(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < 3_000; r++) {
      b.append("<row>");
      for (int c = 0; c < 2_000; c++) {
        b.append("<c/>");
      }
      b.append("</row>");
    }
    b.append("</sheetData></worksheet>");
    Path f =
        TemplateFixtures.replaceEntry(
            template(),
            tmp.resolve("cells.xlsx"),
            SHEET,
            b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(f).key()).isEqualTo("template.error.zipBomb");
    var in = new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8));
    SheetScanner scanner = new SheetScanner(null, (r, cells) -> {});
    assertThatThrownBy(() -> WorkbookSheets.parse(in, scanner))
        .isInstanceOf(SheetScanner.LimitExceeded.class)
        .hasMessageContaining("cells");
  }

  @Test
  void garbageIsNotAWorkbook() throws IOException {
    Path f = Files.write(tmp.resolve("g.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertThat(refusal(f).key()).isEqualTo("template.error.corrupt");
  }
}
