package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance of issue 5 on generated data: a kecamatan of 30 desa and a party list of 18 parties ×
 * 12 caleg paginate with every glyph on the page, and the numbers read back from the XLSX cells and
 * the PDF text equal the recap, row by row and column by column.
 */
class GeneratedFormsTest {
  private static final ReportSettings DRAFT = GeneratedForms.settings(Marking.DRAFT);

  @ParameterizedTest
  @EnumSource(Paper.class)
  void thirtyDesaSplitOverColumnGroupsAndStayOnThePage(Paper paper) throws Exception {
    DHasilForm.Input in = GeneratedForms.candidates(30);
    FormDocument doc = DHasilForm.build(in, DRAFT);
    byte[] pdf = PdfChecks.pdf(doc, paper);
    assertThat(PdfChecks.glyphsOutsidePage(pdf)).isEmpty();
    PdfChecks.assertNumbers(doc, paper, pdf, FormReader.expected(in));
    assertThat(PdfChecks.groups(doc, paper)).as("column groups").hasSizeGreaterThan(1);
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void eighteenPartiesOfTwelveCalegPaginateWithRepeatedHeaders(Paper paper) throws Exception {
    DHasilForm.Input in = GeneratedForms.partyList(30, 18, 12);
    FormDocument doc = DHasilForm.build(in, DRAFT);
    byte[] pdf = PdfChecks.pdf(doc, paper);
    assertThat(PdfChecks.glyphsOutsidePage(pdf)).isEmpty();
    PdfChecks.assertNumbers(doc, paper, pdf, FormReader.expected(in));
    List<String> pages = FormReader.pdfPages(pdf);
    assertThat(pages.size()).isGreaterThan(4);
    for (int p = 0; p < pages.size(); p++) {
      assertThat(pages.get(p))
          .contains("MODEL D.HASIL")
          .contains("KECAMATAN-DPRD")
          .contains("DRAF")
          .contains("Hal. " + (p + 1) + " dari " + pages.size());
    }
  }

  @Test
  void xlsxCellsAreTheRecapNumbers() throws Exception {
    for (DHasilForm.Input in :
        List.of(GeneratedForms.candidates(30), GeneratedForms.partyList(30, 18, 12))) {
      FormDocument doc = DHasilForm.build(in, DRAFT);
      List<List<Long>> expected = FormReader.expected(in);
      byte[] xlsx = PdfChecks.xlsx(doc);
      FormReader.assertSameRows(FormReader.xlsxRows(xlsx, expected.getFirst().size()), expected);
    }
  }

  @Test
  void theQrOfEveryPageCarriesTheDocumentIdAndDigest() throws Exception {
    FormDocument doc = DHasilForm.build(GeneratedForms.partyList(12, 4, 5), DRAFT);
    List<String> codes = PdfChecks.qrCodes(PdfChecks.pdf(doc, Paper.A4));
    assertThat(codes).isNotEmpty();
    assertThat(codes)
        .allSatisfy(
            c ->
                assertThat(c)
                    .isEqualTo("rekap:" + doc.documentId() + ";sha256=" + doc.digest())
                    .contains("d-hasil-kecamatan-pdprdk-990101-dk-1"));
    assertThat(doc.digest()).matches("[0-9a-f]{64}");
  }
}
