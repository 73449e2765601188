package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.DKejadianForm;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Incident;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.report.SampleForms;
import id.rekap.core.support.TestClock;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance 5 of issue 16: the XLSX read back with POI carries the PDF's numbers, and prints as
 * the clerk chose: the paper (A4, or F4 as Folio 8.5 × 13 in), a fixed scale of at least 70 % with
 * the grid split into page-wide column groups, the number and label columns and the header rows
 * repeated on every page; the D.Kejadian's description column wide enough to read.
 */
class XlsxAsPrintedTest {
  private static final ReportSettings SETTINGS =
      new ReportSettings(List.of(), Marking.DRAFT, TestClock.FIXED, "0.1.0-test");

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "330505, PPWP, A4",
    "330505, PPWP, F4",
    "110804, PPWP, A4",
    "110804, PPWP, F4",
    "3201, PDPRDK, A4",
    "3201, PPWP, F4"
  })
  void theSheetHoldsThePdfsNumbersAndPrintsReadably(String region, ContestCode code, Paper paper)
      throws Exception {
    DHasilForm.Input in = SampleForms.input(region, code, 2, 3);
    FormDocument doc = DHasilForm.build(in, SETTINGS);
    List<List<Long>> expected = FormReader.expected(in);
    byte[] xlsx = PdfChecks.xlsx(doc, paper);
    // the same numbers as the PDF prints
    FormReader.assertSameRows(FormReader.xlsxRows(xlsx, expected.getFirst().size()), expected);
    PdfChecks.assertNumbers(doc, paper, PdfChecks.pdf(doc, paper), expected);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheet(XlsxForm.MAIN);
      PrintSetup ps = sheet.getPrintSetup();
      assertThat(ps.getLandscape()).isTrue();
      assertThat(ps.getPaperSize())
          .isEqualTo(paper == Paper.F4 ? PrintSetup.FOLIO8_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getFitToPage()).isFalse();
      assertThat(ps.getScale()).isBetween((short) 70, (short) 100);
      assertThat(sheet.getRepeatingColumns())
          .isEqualTo(new CellRangeAddress(-1, -1, 0, doc.grids().getFirst().table().frozen() - 1));
      assertThat(sheet.getRepeatingRows()).isNotNull();
      // each printed page holds the frozen columns and one group, at the sheet's scale
      int[] breaks = sheet.getColumnBreaks();
      int columns = doc.grids().getFirst().table().columns().size();
      double frozen = 0;
      for (int c = 0; c < 3; c++) {
        frozen += XlsxPrint.points(sheet.getColumnWidth(c) / 256);
      }
      int from = 3;
      for (int g = 0; g <= breaks.length; g++) {
        int to = g < breaks.length ? breaks[g] : columns - 1;
        double w = frozen;
        for (int c = from; c <= to; c++) {
          w += XlsxPrint.points(sheet.getColumnWidth(c) / 256);
        }
        assertThat(w * ps.getScale() / 100.0)
            .as("printed width of group %d", g + 1)
            .isLessThanOrEqualTo(XlsxPrint.printable(paper) + 1);
        from = to + 1;
      }
      if (in.columns().size() > 30) {
        assertThat(breaks).as("a wide grid is split, not shrunk").isNotEmpty();
      }
      assertThat(wb.getSheet(XlsxForm.CLOSING)).isNotNull();
      assertThat(wb.getSheet(XlsxForm.CLOSING).getPrintSetup().getScale())
          .isGreaterThanOrEqualTo((short) 70);
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void partialCountsKeepTheirNumberWithTheMarkAndBlanksAreShadedNotZero(Paper paper)
      throws Exception {
    FormDocument doc = DHasilForm.build(GeneratedForms.partialInput(), SETTINGS);
    byte[] xlsx = PdfChecks.xlsx(doc, paper);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      boolean partial = false;
      boolean blank = false;
      for (Row row : wb.getSheet(XlsxForm.MAIN)) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.NUMERIC
              && c.getCellStyle().getDataFormatString().contains("\"*\"")) {
            partial = true;
          }
          if (c.getCellType() == CellType.BLANK
              && c.getColumnIndex() >= 3
              && c.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            blank = true;
          }
        }
      }
      assertThat(partial).as("a partial count is a number with its mark").isTrue();
      assertThat(blank).as("nothing reported is a shaded blank").isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void theDKejadianDescriptionColumnIsWideEnoughAndPrintsReadably(Paper paper) throws Exception {
    DHasilForm.Input in = GeneratedForms.candidates(3);
    FormDocument doc =
        DKejadianForm.build(
            in.election(),
            in.lineage(),
            null,
            List.of(
                new Incident(
                    "20-02-2024 10.15 WIB",
                    "Keberatan saksi",
                    "PPWP",
                    "TPS 001, Kel./Desa DESA A",
                    "Budi, saksi Pasangan Calon nomor urut 2",
                    "Jumlah pengguna hak pilih tidak sama dengan jumlah surat suara yang digunakan",
                    "Dihitung ulang",
                    "Dicocokkan dengan C.Hasil plano",
                    "Diterima")),
            SETTINGS);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(PdfChecks.xlsx(doc, paper)))) {
      XSSFSheet sheet = wb.getSheet(XlsxForm.MAIN);
      assertThat(sheet.getColumnWidth(6) / 256).as("description column").isGreaterThanOrEqualTo(36);
      assertThat(sheet.getPrintSetup().getScale()).isGreaterThanOrEqualTo((short) 70);
      assertThat(sheet.getPrintSetup().getPaperSize())
          .isEqualTo(paper == Paper.F4 ? PrintSetup.FOLIO8_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
    }
  }
}
