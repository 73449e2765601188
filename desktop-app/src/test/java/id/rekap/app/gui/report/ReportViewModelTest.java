package id.rekap.app.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DirectJobs;
import id.rekap.app.gui.Session;
import id.rekap.core.report.ReportFile;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports: the forms written as PDF (with a preview of page 1) or XLSX, marked DRAFT. */
class ReportViewModelTest {
  @TempDir static Path tmp;
  static Workspace ws;
  static Session session;

  @BeforeAll
  static void open() {
    ws = Demo.create(tmp.resolve("ws"));
    session = Demo.session(ws, new DirectJobs());
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void aDHasilPdfIsWrittenWithAPreviewOfItsFirstPage() throws Exception {
    ReportViewModel model = new ReportViewModel(session, "test");
    model.folder().set(tmp.resolve("out"));
    model.committee().set("Ketua=Siti Aminah\nAnggota=Budi Santoso");
    model.export();
    Path file = model.written().get();
    assertThat(file).exists().hasFileName("d-hasil-kabkota-ppwp-3101-draft.pdf");
    assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
    byte[] png = model.preview().get();
    assertThat(png).isNotNull();
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(model.message().get()).contains(file.toString());
  }

  @Test
  void aDKejadianXlsxHasNoPreviewAndABadCommitteeLineIsRefused() {
    ReportViewModel model = new ReportViewModel(session, "test");
    model.folder().set(tmp.resolve("out2"));
    model.form().set(ReportViewModel.Form.D_KEJADIAN);
    model.format().set(ReportFile.Format.XLSX);
    model.export();
    assertThat(model.written().get()).exists();
    assertThat(model.written().get().toString()).endsWith(".xlsx");
    assertThat(model.preview().get()).isNull();
    model.committee().set("Ketua tanpa nama");
    model.export();
    assertThat(model.message().get()).contains("Ketua tanpa nama");
  }
}
