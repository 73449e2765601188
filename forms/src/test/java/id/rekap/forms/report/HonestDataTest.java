package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionCode;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormTable;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.report.SampleForms;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3 of issue 16: the real, inconsistent Sirekap data of Kep. Seribu Utara (TPS not yet
 * in, administrative blocks Sirekap could not read, reading errors) prints with a note on the page
 * and an annex naming TPS, data and rule; sums not every TPS reported carry their mark, and what
 * nobody reported stays blank, never 0. A consistent region prints none of it.
 */
class HonestDataTest {
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

  @Test
  void keplauanSeribuUtaraCarriesItsNotesAndAnnex() throws Exception {
    FormDocument doc =
        ws.reports().dHasil(ContestCode.PPWP, new RegionCode("310101"), null, SETTINGS);
    FormBlock.Grid grid = doc.grids().getFirst();
    FormTable t = grid.table();
    // V.A (valid votes) of the total column: 5.853 from the TPS that reported it, not all of them
    FormTable.Row va =
        t.rows().stream()
            .filter(r -> "A".equals(r.cells().get(0)) && r.keep() != 0)
            .toList()
            .getLast();
    assertThat(va.cells().get(1).toString()).startsWith("Jumlah seluruh suara sah (IV.1");
    assertThat(va.cells().getLast()).isEqualTo(new FormTable.Partial(5853));
    // section II: no TPS reported it (Sirekap never carries it): blank, never 0
    FormTable.Row received =
        t.rows().stream()
            .filter(r -> "1".equals(r.cells().get(0)) && r.cells().get(2) == null)
            .findFirst()
            .orElseThrow();
    assertThat(received.cells().subList(t.frozen(), received.cells().size())).containsOnlyNulls();
    assertThat(grid.columnNotes()).containsKeys(1, 2, 3);
    assertThat(grid.columnNotes().get(2))
        .contains("4 dari 27 TPS belum direkapitulasi")
        .contains("sebagian TPS tidak melaporkan I.A–I.B.4, V.A–V.C")
        .contains("temuan galat (ERROR) belum selesai");
    assertThat(grid.legend()).isNotEmpty();
    // the kab/kota prints a kecamatan's form: a copy, and it says so on every page
    assertThat(doc.heading().notices()).singleElement().asString().startsWith("SALINAN");
    assertThat(doc.closing().blocks()).hasSize(1);

    List<String> pages = FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4));
    assertThat(pages).allSatisfy(p -> assertThat(p).contains("SALINAN"));
    String first = pages.getFirst().replaceAll("\\s+", " ");
    assertThat(first)
        .contains("(2) PULAU KELAPA: 4 dari 27 TPS belum direkapitulasi")
        .contains("Angka bertanda * dijumlahkan dari sebagian TPS saja")
        .contains("5.853*");
    String annex = String.join(" ", pages).replaceAll("\\s+", " ");
    assertThat(annex)
        .contains("LAMPIRAN: CATATAN KELENGKAPAN DAN KESESUAIAN DATA")
        .contains("PULAU KELAPA (31.01.01.1002)", "TPS 001, 007, 009, 011")
        .contains("R17: Semua TPS yang seharusnya ada sudah direkapitulasi")
        .contains("R21: Data lengkap")
        .contains("PULAU PANGGANG (31.01.01.1001), TPS 001")
        .contains("R5: Jumlah suara (V.C) sama dengan pengguna hak pilih (I.B.4)")
        .contains("Jumlah suara (233) tidak sama dengan pengguna hak pilih (292)")
        .contains("IV.2 641, IV.3 511")
        .doesNotContain("choices.", "choicesSum");
  }

  @Test
  void aConsistentRegionPrintsNoNoteNoAnnexNoMark() throws Exception {
    FormDocument doc =
        DHasilForm.build(
            SampleForms.input(SampleForms.KLIRONG, ContestCode.PPWP, 3, 11),
            new ReportSettings(List.of(), Marking.DRAFT, TestClock.FIXED, "0.1.0-test"));
    assertThat(doc.grids().getFirst().columnNotes()).isEmpty();
    assertThat(doc.grids().getFirst().legend()).isEmpty();
    assertThat(doc.body()).hasSize(1);
    String text = String.join(" ", FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4)));
    assertThat(text).doesNotContain("*", "LAMPIRAN", "Catatan data", "belum direkapitulasi");
  }
}
