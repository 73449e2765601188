package id.rekap.forms.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.result.Source;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateReader;
import id.rekap.core.template.TemplateTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every invalid filled template is refused whole, with the file and the cell in the message. */
class TemplateRejectionTest {
  @TempDir Path tmp;

  private Path xlsx(TemplateTarget t, Consumer<XSSFWorkbook> change) throws IOException {
    Path template = TemplateFixtures.write(t, TemplateFormat.XLSX, tmp.resolve("t.xlsx"));
    return TemplateFixtures.edit(template, tmp.resolve("bad.xlsx"), change);
  }

  /** A filled ppwp template with one XLSX cell of the first data row changed. */
  private Path ppwpXlsx(Consumer<XSSFWorkbook> change) throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    Path template = TemplateFixtures.write(t, TemplateFormat.XLSX, tmp.resolve("t.xlsx"));
    Path filled = TemplateRoundTripTest.fillXlsx(t, template, tmp.resolve("f.xlsx"));
    return TemplateFixtures.edit(filled, tmp.resolve("bad.xlsx"), change);
  }

  /** A filled ppwp CSV with line {@code line} (1-based) replaced. */
  private Path ppwpCsv(int line, String content) throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    Path template = TemplateFixtures.write(t, TemplateFormat.CSV, tmp.resolve("t.csv"));
    Path filled = TemplateRoundTripTest.fillCsv(t, template, tmp.resolve("f.csv"));
    var lines = Files.readAllLines(filled, StandardCharsets.UTF_8);
    lines.set(line - 1, content);
    Files.write(
        tmp.resolve("bad.csv"), String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    return tmp.resolve("bad.csv");
  }

  static void refused(Path file, TemplateTarget t, String key, String address) {
    assertThatThrownBy(() -> TemplateReader.read(file, t, Source.CHASIL))
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.getMessage()).contains(file.toString()).contains(address);
            });
  }

  @Test
  void formula() throws IOException {
    Path f = ppwpXlsx(wb -> wb.getSheet("Isian").getRow(3).createCell(5).setCellFormula("1+2"));
    refused(f, TemplateFixtures.ppwp(), "template.error.formula", "Isian!F4");
  }

  @Test
  void textAndFractionsAndOutOfRange() throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).getCell(4).setCellValue("dua")),
        t,
        "template.error.notInteger",
        "Isian!E3");
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).getCell(4).setCellValue(2.5)),
        t,
        "template.error.notInteger",
        "Isian!E3");
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).getCell(4).setCellValue(1000)),
        t,
        "template.error.range",
        "Isian!E3");
    refused(
        ppwpCsv(4, "3101011001001,X,TPS 001,12.5"),
        t,
        "template.error.notInteger",
        "baris 4, kolom D");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\")"})
  void csvFormulaInjection(String cell) throws IOException {
    Path f = ppwpCsv(5, "3101011001002,X,TPS 002,1," + "\"" + cell.replace("\"", "\"\"") + "\"");
    refused(f, TemplateFixtures.ppwp(), "template.error.injection", "baris 5, kolom E");
  }

  @Test
  void englishCsvAddress() throws IOException {
    Path f = ppwpCsv(4, "3101011001001,X,TPS 001,=1");
    assertThatThrownBy(() -> TemplateReader.read(f, TemplateFixtures.ppwp(), Source.CHASIL))
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> assertThat(e.localized(Locale.ENGLISH)).contains("row 4, column D"));
  }

  @Test
  void hiddenOrExtraSheetsWithData() throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    refused(
        ppwpXlsx(
            wb -> {
              wb.createSheet("Catatan").createRow(4).createCell(2).setCellValue(7);
              wb.setSheetVisibility(wb.getSheetIndex("Catatan"), SheetVisibility.HIDDEN);
            }),
        t,
        "template.error.extraSheet",
        "Catatan!C5");
    refused(
        ppwpXlsx(wb -> wb.createSheet("Lain").createRow(0).createCell(0).setCellValue("x")),
        t,
        "template.error.extraSheet",
        "Lain!A1");
    refused(
        ppwpXlsx(wb -> wb.setSheetVisibility(wb.getSheetIndex("Isian"), SheetVisibility.HIDDEN)),
        t,
        "template.error.hiddenSheet",
        "Isian");
    // an extra empty sheet is harmless
    Path ok = ppwpXlsx(wb -> wb.createSheet("Kosong"));
    assertThat(TemplateReader.read(ok, t, Source.CHASIL)).isNotEmpty();
  }

  @Test
  void tpsCodes() throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).getCell(0).setCellValue("3101011001999")),
        t,
        "template.error.unknownTps",
        "Isian!A3");
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).getCell(0).setCellValue("3201011001001")),
        t,
        "template.error.outsideRegion",
        "Isian!A3");
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).getCell(0).setCellValue("TPS satu")),
        t,
        "template.error.unknownTps",
        "Isian!A3");
    String second = t.sheets().getFirst().tps().get(1).code().value();
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).getCell(0).setCellValue(second)),
        t,
        "template.error.duplicateTps",
        "Isian!A4");
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").createRow(500).createCell(5).setCellValue(3)),
        t,
        "template.error.noTps",
        "Isian!A501");
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(2).createCell(40).setCellValue(3)),
        t,
        "template.error.outsideTemplate",
        "Isian!AO3");
  }

  @Test
  void tpsOfAnotherDapilOnASheet() throws IOException {
    TemplateTarget t = TemplateFixtures.pdpr();
    String ofB = t.sheets().get(1).tps().getFirst().code().value();
    Path f = xlsx(t, wb -> wb.getSheet("Dapil DKI-A").getRow(2).getCell(0).setCellValue(ofB));
    refused(f, t, "template.error.notInSheet", "'Dapil DKI-A'!A3");
  }

  @Test
  void editedHeaders() throws IOException {
    TemplateTarget t = TemplateFixtures.ppwp();
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(1).getCell(4).setCellValue("dptP2")),
        t,
        "template.error.header",
        "Isian!E2");
    refused(
        ppwpXlsx(wb -> wb.getSheet("Isian").getRow(0).createCell(30).setCellValue("extra")),
        t,
        "template.error.header",
        "Isian!AE1");
    refused(ppwpCsv(2, "Kode TPS,Desa"), t, "template.error.header", "baris 2, kolom B");
  }

  @Test
  void wrongContestElectionOrRegion() throws IOException {
    TemplateTarget ppwp = TemplateFixtures.ppwp();
    Path template = TemplateFixtures.write(ppwp, TemplateFormat.XLSX, tmp.resolve("p.xlsx"));
    Path csv = TemplateFixtures.write(ppwp, TemplateFormat.CSV, tmp.resolve("p.csv"));
    ElectionDefinition synthetic = TemplateFixtures.synthetic();
    // same tree and contest code, another election
    TemplateTarget otherElection =
        TemplateTarget.of(synthetic, TemplateFixtures.tree(), ContestCode.PPWP);
    refused(template, otherElection, "template.error.election", "meta!B2");
    refused(csv, otherElection, "template.error.election", "baris 1, kolom B");
    refused(template, TemplateFixtures.pdpr(), "template.error.election", "meta!B2");
    TemplateTarget otherContest =
        new TemplateTarget(
            ppwp.electionId(), ppwp.tree(), synthetic.contest(ContestCode.PDPD).orElseThrow());
    refused(template, otherContest, "template.error.contest", "meta!B4");
    refused(csv, otherContest, "template.error.contest", "baris 1, kolom D");
    Path otherRegion =
        TemplateFixtures.edit(
            template,
            tmp.resolve("r.xlsx"),
            wb -> wb.getSheet("meta").getRow(2).getCell(1).setCellValue("3171"));
    refused(otherRegion, ppwp, "template.error.region", "meta!B3");
    Path metaFormula =
        TemplateFixtures.edit(
            template,
            tmp.resolve("mf.xlsx"),
            wb -> wb.getSheet("meta").getRow(1).getCell(1).setCellFormula("\"pemilu\"&\"-2024\""));
    refused(metaFormula, ppwp, "template.error.formula", "meta!B2");
    Path noMeta =
        TemplateFixtures.edit(
            template, tmp.resolve("n.xlsx"), wb -> wb.removeSheetAt(wb.getSheetIndex("meta")));
    refused(noMeta, ppwp, "template.error.noMeta", "meta");
  }

  @Test
  void notATemplateAtAll() throws IOException {
    Path f = Files.writeString(tmp.resolve("x.csv"), "a,b,c\r\n1,2,3\r\n");
    refused(f, TemplateFixtures.ppwp(), "template.error.format", "baris 1, kolom A");
    Path bin = Files.write(tmp.resolve("y.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    refused(bin, TemplateFixtures.ppwp(), "template.error.encoding", "y.csv");
  }
}
