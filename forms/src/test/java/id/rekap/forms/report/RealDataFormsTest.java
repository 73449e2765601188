package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of issue 5 on the real Kepulauan Seribu sample (88 Sirekap files of Pemilu 2024): the
 * D.Hasil Kabupaten/Kota and the D.Hasil Kecamatan of 31.01.01, read back from XLSX cells and PDF
 * text, equal the recap row by row and column by column.
 */
class RealDataFormsTest {
  @TempDir static Path dir;
  private static Workspace ws;
  private static final ReportSettings SETTINGS = GeneratedForms.settings(Marking.DRAFT);

  @BeforeAll
  static void open() {
    ws = Workspaces.sample(dir.resolve("ws"));
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  private static DHasilForm.Input expectedInput(RegionCode region, RecapLevel childLevel) {
    RegionTree tree = ws.regionTree();
    List<RecapRow> columns =
        ws.recap().run(ContestCode.PPWP, childLevel).stream()
            .filter(r -> r.code().startsWith(region.value()))
            .toList();
    return new DHasilForm.Input(
        ws.election(), ws.recap().contest(ContestCode.PPWP), tree.lineage(), null, columns);
  }

  private static void assertForm(FormDocument doc, DHasilForm.Input expectedFrom) throws Exception {
    List<List<Long>> expected = FormReader.expected(expectedFrom);
    assertThat(expected).hasSizeGreaterThan(20);
    FormReader.assertSameRows(
        FormReader.xlsxRows(PdfChecks.xlsx(doc), expected.getFirst().size()), expected);
    for (Paper paper : Paper.values()) {
      byte[] pdf = PdfChecks.pdf(doc, paper);
      PdfChecks.assertNumbers(doc, paper, pdf, expected);
      assertThat(PdfChecks.glyphsOutsidePage(pdf)).isEmpty();
    }
  }

  @Test
  void dHasilKabupatenKotaHasOneColumnPerKecamatanAndTheTotal() throws Exception {
    FormDocument doc = ws.reports().dHasil(ContestCode.PPWP, null, null, SETTINGS);
    assertThat(doc.documentId()).isEqualTo("d-hasil-kabkota-ppwp-3101");
    assertThat(doc.formCode()).isEqualTo("MODEL D.HASIL KABUPATEN/KOTA-PPWP");
    assertThat(doc.grids().getFirst().table().columns()).hasSize(3 + 2 + 1);
    assertForm(doc, expectedInput(new RegionCode("3101"), RecapLevel.KECAMATAN));
  }

  @Test
  void dHasilKecamatanHasOneColumnPerDesaAndTheTotal() throws Exception {
    RegionCode kec = new RegionCode("310101");
    FormDocument doc = ws.reports().dHasil(ContestCode.PPWP, kec, null, SETTINGS);
    assertThat(doc.documentId()).isEqualTo("d-hasil-kecamatan-ppwp-310101");
    assertThat(doc.header())
        .anySatisfy(f -> assertThat(f.value()).contains("(31.01.01)"))
        .anySatisfy(f -> assertThat(f.value()).contains("(31.01)"));
    DHasilForm.Input in = expectedInput(kec, RecapLevel.DESA);
    assertThat(in.columns()).isNotEmpty();
    assertForm(doc, in);
  }
}
