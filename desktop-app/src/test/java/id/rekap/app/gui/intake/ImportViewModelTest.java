package id.rekap.app.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DirectJobs;
import id.rekap.app.gui.Session;
import id.rekap.core.demo.DemoData;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import: the summary of the use case, refused files with their reasons, and cancel. */
class ImportViewModelTest {
  @TempDir static Path tmp;
  static Workspace ws;
  static Session session;
  static DirectJobs jobs = new DirectJobs();

  @BeforeAll
  static void open() {
    ws = Demo.create(tmp.resolve("ws"));
    session = Demo.session(ws, jobs);
    DemoData.extract(tmp.resolve("data"));
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void theSameFilesAgainAreUnchangedAndABrokenFileIsRefusedWithItsReason() throws Exception {
    Demo.login(session, "ani");
    ImportViewModel model = new ImportViewModel(session);
    model.add(List.of(tmp.resolve("data").resolve(DemoData.RESULTS)));
    model.run();
    assertThat(model.summary().get()).contains("88 berkas", "0 diimpor", "81 tidak berubah");
    assertThat(jobs.total()).isEqualTo(88);
    assertThat(model.problems()).isEmpty();
    Path broken = tmp.resolve("ppwp").resolve("3101011001001.json");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "{\"chart\": ");
    model.clear();
    model.add(List.of(broken));
    model.run();
    assertThat(model.summary().get()).contains("1 ditolak");
    assertThat(model.problems()).anyMatch(p -> p.contains("3101011001001.json"));
    assertThat(model.busy().get()).isFalse();
  }

  @Test
  void theSummaryCountsFilesOutsideTheRegionAndFilesThatAreNoResults() throws Exception {
    Demo.login(session, "ani");
    Path dump = tmp.resolve("dump").resolve("ppwp");
    Files.createDirectories(dump);
    // a provincial dump: a TPS of Jakarta Pusat is outside the Kepulauan Seribu workspace
    Files.writeString(dump.resolve("3171011001001.json"), "{}");
    Files.writeString(dump.resolve("README.txt"), "not a result");
    ImportViewModel model = new ImportViewModel(session);
    model.add(List.of(tmp.resolve("dump")));
    model.run();
    assertThat(model.summary().get())
        .contains("1 di luar wilayah ruang kerja ini", "bukan berkas hasil: 1 berkas");
    assertThat(model.problems()).isEmpty();
  }

  @Test
  void aCancelledImportSaysSoAndFreesTheScreen() {
    Demo.login(session, "ani");
    ImportViewModel model = new ImportViewModel(session);
    model.add(List.of(tmp.resolve("data").resolve(DemoData.RESULTS)));
    jobs.cancelNext();
    model.run();
    // an import that refuses on any bad file is one transaction: a cancel keeps none of it
    assertThat(model.summary().get()).contains("Dibatalkan", "tidak ada satu pun");
    assertThat(model.busy().get()).isFalse();
    // skipping bad files, each batch is committed as it goes: what was written stays
    model.skipInvalid().set(true);
    jobs.cancelNext();
    model.run();
    assertThat(model.summary().get()).contains("Dibatalkan", "tersimpan utuh");
    assertThat(model.busy().get()).isFalse();
  }
}
