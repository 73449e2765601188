package id.rekap.app.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DirectJobs;
import id.rekap.app.gui.Jobs;
import id.rekap.app.gui.Session;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integrity check run when the main window opens (issue 13 §2) never runs on the UI thread: the
 * window says "checking" at once, and the result arrives later as a UI update; a store changed
 * outside Rekap ends in the loud warning.
 */
class IntegrityAtOpeningTest {
  @TempDir Path tmp;

  /** Jobs whose UI updates wait in a queue until the test (playing the UI thread) runs them. */
  private static final class QueuedUi implements Jobs {
    final BlockingQueue<Runnable> updates = new LinkedBlockingQueue<>();
    final Jobs direct = new DirectJobs();

    @Override
    public <T> void run(
        String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
      direct.run(title, work, onDone, onFailed);
    }

    @Override
    public void later(Runnable update) {
      updates.add(update);
    }

    void runNext() throws InterruptedException {
      Runnable update = updates.poll(60, TimeUnit.SECONDS);
      assertThat(update).as("the check's result reached the UI").isNotNull();
      update.run();
    }
  }

  @Test
  void theCheckRunsInTheBackgroundAndAnIntactStoreSaysSo() throws Exception {
    try (Workspace ws = Demo.create(tmp.resolve("ws"))) {
      QueuedUi ui = new QueuedUi();
      Session session = Demo.session(ws, ui);
      MainViewModel main = new MainViewModel(session);
      main.checkIntegrity(ui);
      // the call returned before the result: the window was never blocked by the check
      assertThat(main.integrity().get()).isEqualTo(MainViewModel.Integrity.CHECKING);
      assertThat(main.integrityText().get()).isEqualTo("Memeriksa integritas ruang kerja…");
      ui.runNext();
      assertThat(main.integrity().get()).isEqualTo(MainViewModel.Integrity.INTACT);
      assertThat(main.integrityText().get()).isEqualTo("Integritas ruang kerja: utuh");
    }
  }

  @Test
  void aRowChangedOutsideRekapEndsInTheWarning() throws Exception {
    try (Workspace ws = Demo.create(tmp.resolve("ws"))) {
      // the insider's edit, straight into the store: votes moved in one stored result
      int changed =
          WorkspaceInternals.database(ws)
              .dsl()
              .execute(
                  "UPDATE tps_result SET \"VALID\" = \"VALID\" + 1"
                      + " WHERE tps_code = (SELECT MIN(tps_code) FROM tps_result)");
      assertThat(changed).isPositive();
      QueuedUi ui = new QueuedUi();
      Session session = Demo.session(ws, ui);
      MainViewModel main = new MainViewModel(session);
      main.checkIntegrity(ui);
      ui.runNext();
      assertThat(main.integrity().get()).isEqualTo(MainViewModel.Integrity.FAILED);
      assertThat(main.integrityText().get()).startsWith("PERINGATAN: pemeriksaan integritas");
    }
  }
}
