package id.rekap.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.dashboard.DashboardViewModel;
import id.rekap.app.gui.dashboard.ProgressRow;
import id.rekap.app.gui.entry.EntryViewModel;
import id.rekap.app.gui.findings.FindingsViewModel;
import id.rekap.app.gui.recap.ProjectorViewModel;
import id.rekap.core.check.Finding;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screens show real content from their first job and the rest when the checks are done (issue
 * 18): the first job runs, the next ones are held back, so the test sees what the clerk sees in
 * between; once they run, the screen is what one full load gives. With the workspace's check kept
 * (nothing changed since), one job shows everything.
 */
class FirstContentTest {
  @TempDir Path tmp;
  private Workspace ws;
  private HeldJobs jobs;
  private Session session;

  /** Runs the first job at once and holds the jobs it starts until released. */
  private static final class HeldJobs implements Jobs {
    private final List<Runnable> held = new ArrayList<>();
    private final DirectJobs direct = new DirectJobs();
    private int immediate;

    void allowOne() {
      immediate = 1;
    }

    int held() {
      return held.size();
    }

    void release() {
      while (!held.isEmpty()) {
        held.removeFirst().run();
      }
    }

    @Override
    public <T> void run(
        String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
      if (immediate > 0) {
        immediate--;
        direct.run(title, work, onDone, onFailed);
      } else {
        held.add(() -> direct.run(title, work, onDone, onFailed));
      }
    }

    @Override
    public void later(Runnable update) {
      update.run();
    }
  }

  @BeforeEach
  void open() {
    ws = Demo.create(tmp.resolve("ws"));
    jobs = new HeldJobs();
    session = Demo.session(ws, jobs);
    Demo.login(session, "ketua");
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void theDashboardShowsItsCountsFirstAndTheErrorCountsWhenChecked() {
    DashboardViewModel model = new DashboardViewModel(session, new RecordingNavigator());
    jobs.allowOne();
    model.refresh();
    ContestStatus ppwp = model.totals().getFirst();
    assertThat(ppwp.expected()).isEqualTo(88);
    assertThat(ppwp.received()).isEqualTo(81);
    assertThat(ppwp.withErrors()).isNull();
    assertThat(model.rows()).extracting(ProgressRow::code).containsExactly("310101", "310102");
    assertThat(model.rows()).allMatch(r -> r.withErrors() == null && r.clean() == r.received());
    assertThat(model.attention()).isNotEmpty(); // the missing TPS already
    assertThat(jobs.held()).isEqualTo(1);

    jobs.release();
    assertThat(model.totals()).isEqualTo(ws.status().run());
    assertThat(model.rows().stream().mapToInt(ProgressRow::withErrors).sum())
        .isEqualTo(model.totals().getFirst().withErrors())
        .isPositive();

    // the check is kept now: a second look shows everything from one job
    jobs.allowOne();
    new DashboardViewModel(session, new RecordingNavigator()).refresh();
    assertThat(jobs.held()).isZero();
  }

  @Test
  void findingsOfTheFirstBallotComeFirstThenAll() {
    FindingsViewModel model = new FindingsViewModel(session, new RecordingNavigator());
    jobs.allowOne();
    model.refresh();
    List<Finding> all = ws.check().run().findings();
    String first = session.contests().getFirst().code().id();
    assertThat(model.all())
        .isNotEmpty()
        .allMatch(f -> f.contest().id().equals(first))
        .isSubsetOf(all);
    jobs.release();
    assertThat(model.all()).isEqualTo(all);
  }

  @Test
  void theProjectorShowsTheFiguresFirstAndMarksTheFindingsAfter() {
    ProjectorViewModel model = new ProjectorViewModel(session, session.contests().getFirst());
    jobs.allowOne();
    model.load();
    assertThat(model.loading()).isFalse();
    assertThat(model.total().cells()).isNotEmpty();
    assertThat(model.lines()).isNotEmpty();
    List<String> figures = model.total().cells();
    assertThat(model.findings()).isEmpty();
    jobs.release();
    assertThat(model.total().cells()).isEqualTo(figures);
    assertThat(model.findings()).isNotEmpty();
  }

  @Test
  void theEntryQueueAndFormComeFromTheBallotsOwnCheckFirst() {
    EntryViewModel model = new EntryViewModel(session);
    jobs.allowOne();
    model.refresh();
    assertThat(model.loading().get()).isFalse();
    assertThat(model.queue().children(null)).isNotEmpty();
    assertThat(model.fields()).isNotEmpty();
    String heading = model.heading().get();
    jobs.release();
    assertThat(model.heading().get()).isEqualTo(heading);
    assertThat(model.queue().children(null)).isNotEmpty();
  }
}
