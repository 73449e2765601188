package id.rekap.app.gui;

import id.rekap.core.backup.Backups;
import id.rekap.core.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The automatic backups while the window is open: on a thread of its own, a backup is taken
 * whenever one is due ({@link Backups#due}: after an import, an adoption, a correction, and after
 * 15 minutes of activity). It looks every minute, and a few seconds after the screens say the data
 * changed. A failed backup never stops the work; it is reported to the window.
 */
public final class BackupDaemon implements AutoCloseable {
  static final Duration LOOK = Duration.ofMinutes(1);
  static final Duration AFTER_CHANGE = Duration.ofSeconds(5);

  /** What a look did: the backup taken, or why none could be. */
  public record Report(Instant at, Optional<Backups.Made> made, Throwable failure) {}

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BackupDaemon.class);

  private final Workspace workspace;
  private final String version;
  private final Clock clock;
  private final Executor ui;
  private volatile Consumer<Report> listener = r -> {};
  private ScheduledExecutorService timer;

  /**
   * @param ui runs the listener on the UI thread ({@code Platform::runLater} in the app)
   */
  public BackupDaemon(Workspace workspace, String version, Clock clock, Executor ui) {
    this.workspace = workspace;
    this.version = version;
    this.clock = clock;
    this.ui = ui;
  }

  public void onReport(Consumer<Report> listener) {
    this.listener = listener;
  }

  /** The workspace's backups (for the screen that shows them). */
  public Backups backups() {
    return workspace.backups(version);
  }

  public synchronized void start() {
    if (timer != null) {
      return;
    }
    ScheduledThreadPoolExecutor t =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "rekap-backup");
              thread.setDaemon(true);
              return thread;
            });
    // closing cancels the looks still waiting; only a backup already running is finished
    t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    timer = t;
    timer.scheduleWithFixedDelay(
        this::look, AFTER_CHANGE.toSeconds(), LOOK.toSeconds(), TimeUnit.SECONDS);
  }

  /** The data changed: look again soon (a backup may be due after an import or an adoption). */
  public synchronized void changed() {
    if (timer != null && !timer.isShutdown()) {
      timer.schedule(this::look, AFTER_CHANGE.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** One look: a backup if one is due (runs on the daemon's thread, or a test's). */
  void look() {
    try {
      Optional<Backups.Made> made = backups().runIfDue();
      if (made.isPresent()) {
        report(new Report(clock.instant(), made, null));
      }
    } catch (RuntimeException e) {
      LOG.warn("automatic backup failed", e);
      report(new Report(clock.instant(), Optional.empty(), e));
    }
  }

  private void report(Report r) {
    Consumer<Report> l = listener;
    ui.execute(() -> l.accept(r));
  }

  /** Stops looking; a backup being taken is finished first (the store closes after this). */
  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdown();
      try {
        if (!timer.awaitTermination(60, TimeUnit.SECONDS)) {
          timer.shutdownNow();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      timer = null;
    }
  }
}
