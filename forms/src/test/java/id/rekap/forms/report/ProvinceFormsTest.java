package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.report.Reports;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D.Hasil Provinsi and D.Kejadian at province level, on the real shape of DKI Jakarta (31): the
 * real region lists of Kepulauan Seribu (3101) and Cengkareng (3173.01) and their real Sirekap
 * files. One column per kab/kota and the total, the province's committee and texts, the QR of every
 * page; the recap per kab/kota is what the columns show.
 */
class ProvinceFormsTest {
  @TempDir Path tmp;

  private Workspace province() throws IOException {
    Path demo = Workspaces.demoFiles();
    Workspace ws =
        Workspaces.create(
            tmp.resolve("prov"), WorkspaceLevel.PROVINSI, "31", demo.resolve(DemoData.ELECTION));
    Path cengkareng = tmp.resolve("wilayah-317301.json");
    copy("wilayah-317301.json", cengkareng);
    ws.importRegions(Workspaces.CLERK, List.of(demo.resolve(DemoData.REGIONS), cengkareng));
    Path files = Files.createDirectories(tmp.resolve("cengkareng/ppwp"));
    for (int i = 1; i <= 20; i++) {
      String f = String.format("3173011005%03d.json", i);
      copy("ppwp-317301/" + f, files.resolve(f));
    }
    Workspaces.importFiles(ws, demo.resolve(DemoData.RESULTS), files);
    return ws;
  }

  @Test
  void dHasilProvinsiHasAColumnPerKabKotaAndTheProvincesTexts() throws Exception {
    try (Workspace ws = province()) {
      Reports reports = ws.reports();
      List<RecapRow> kabkota = ws.recap().run(ContestCode.PPWP, RecapLevel.KABKOTA);
      assertThat(kabkota).extracting(RecapRow::code).containsExactly("3101", "3173");
      assertThat(kabkota).allSatisfy(r -> assertThat(r.tally().results()).isPositive());

      ReportSettings s =
          reports.settings(ContestCode.PPWP, null, List.of(), TestClock.FIXED, "uji");
      FormDocument doc = reports.dHasil(ContestCode.PPWP, null, null, s);
      assertThat(doc.fileStem()).contains("d-hasil-provinsi-ppwp-31");
      byte[] pdf = PdfChecks.pdf(doc, Paper.A4);
      assertThat(PdfChecks.glyphsOutsidePage(pdf)).isEmpty();
      assertThat(PdfChecks.glyphsOutsidePage(PdfChecks.pdf(doc, Paper.F4))).isEmpty();
      String text = String.join("", FormReader.pdfPages(pdf)).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("MODEL D.HASIL")
          .contains("PROVINSI-PPWP")
          .contains("Ditetapkan di DKI JAKARTA")
          .contains("DI TINGKAT PROVINSI")
          .contains("DARI SETIAP KABUPATEN/KOTA")
          .contains("KEPULAUAN SERIBU")
          .contains("JAKARTA BARAT")
          .contains("Komisi Pemilihan Umum Provinsi DKI JAKARTA")
          .contains("di tingkat provinsi")
          .doesNotContain("{")
          .doesNotContain("kabkota");
      // the annex names the TPS not yet in as ranges: 444 of Kapuk's 451, whole desa of Cengkareng
      assertThat(text)
          .contains("KAPUK TPS 001, 003, 005, 007, 010–016, 018, 019, 021–451")
          .contains("CENGKARENG BARAT TPS 001–230")
          .contains("CENGKARENG TIMUR TPS 001–278");
      assertThat(PdfChecks.qrCodes(pdf))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c).contains("d-hasil-provinsi-ppwp-31"));
      // the valid votes of each kab/kota column and of the total, in the PDF and the XLSX
      long total = 0;
      List<String> cells = cells(PdfChecks.xlsx(doc));
      for (RecapRow r : kabkota) {
        long valid = r.tally().admin(id.rekap.core.result.AdminField.VALID).longValue();
        total += valid;
        assertThat(text).contains(grouped(valid));
        assertThat(cells).contains(valid + ".0");
      }
      assertThat(text).contains(grouped(total));
      assertThat(cells).contains(total + ".0");
    }
  }

  @Test
  void dKejadianAtProvinceLevelAndNoProvinceFormForAKabKotaContest() throws Exception {
    try (Workspace ws = province()) {
      Reports reports = ws.reports();
      ReportSettings s =
          reports.settings(ContestCode.PPWP, null, List.of(), TestClock.FIXED, "uji");
      FormDocument kejadian = reports.dKejadian(null, null, s);
      String text =
          String.join("", FormReader.pdfPages(PdfChecks.pdf(kejadian, Paper.A4)))
              .replaceAll("\\s+", " ");
      assertThat(text).contains("DI TINGKAT PROVINSI").contains("NIHIL").doesNotContain("{");
    }
  }

  private static String grouped(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
  }

  private static List<String> cells(byte[] xlsx) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      for (var row : wb.getSheetAt(0)) {
        for (var c : row) {
          out.add(c.toString());
        }
      }
    }
    return out;
  }

  private static void copy(String fixture, Path to) throws IOException {
    try (InputStream in =
        ProvinceFormsTest.class.getResourceAsStream("/fixtures/province-31/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      Files.copy(in, to);
    }
  }
}
