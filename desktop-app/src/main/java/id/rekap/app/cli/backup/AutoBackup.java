package id.rekap.app.cli.backup;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.VersionProvider;
import id.rekap.core.backup.Backups;
import id.rekap.core.common.RekapException;
import id.rekap.core.workspace.Workspace;

/**
 * The command line's automatic backup: when a command that changed the workspace is done, a backup
 * is taken if one is due (after an import, an adoption, a correction, or {@code Backups}' interval
 * of activity). It is said on stderr (stdout stays the command's own output); a failure is a
 * warning there and never changes the command's exit status: the command's work is committed.
 */
public final class AutoBackup {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AutoBackup.class);

  private AutoBackup() {}

  public static void ifDue(Workspace ws, CliIo io) {
    run(ws, io, Backups::runIfDue);
  }

  /**
   * After a command: a backup if one is due and the command changed the workspace (its audit head
   * moved from {@code seen}); a command that only looked takes none.
   */
  public static void ifChanged(Workspace ws, id.rekap.core.audit.AuditHead seen, CliIo io) {
    run(ws, io, b -> b.runIfChangedSince(seen));
  }

  private static void run(
      Workspace ws,
      CliIo io,
      java.util.function.Function<Backups, java.util.Optional<Backups.Made>> take) {
    try {
      take.apply(ws.backups(VersionProvider.version())).ifPresent(made -> report(made, io));
    } catch (RekapException e) {
      io.err().println("rekap: " + io.text("cli.backup.autoFailed", io.text(e)));
      LOG.warn("automatic backup failed: {}", e.getMessage(), e);
    } catch (RuntimeException e) {
      io.err()
          .println(
              "rekap: "
                  + io.text(
                      "cli.backup.autoFailed",
                      e.getClass().getSimpleName() + ": " + e.getMessage()));
      LOG.error("automatic backup failed", e);
    }
    io.err().flush();
  }

  /** Backups while a long command runs (the receiver): every minute, and soon after a change. */
  public static Ticker ticker(Workspace ws, CliIo io) {
    return new Ticker(ws, io);
  }

  /** The long command's backups; closing waits for a backup under way (never interrupts H2). */
  public static final class Ticker implements AutoCloseable {
    private final java.util.concurrent.ScheduledThreadPoolExecutor timer;
    private final Runnable look;

    private Ticker(Workspace ws, CliIo io) {
      this.look = () -> ifDue(ws, io);
      this.timer =
          new java.util.concurrent.ScheduledThreadPoolExecutor(
              1,
              r -> {
                Thread t = new Thread(r, "rekap-backup");
                t.setDaemon(true);
                return t;
              });
      timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
      timer.scheduleWithFixedDelay(look, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Something changed: look in a few seconds. */
    public void soon() {
      if (!timer.isShutdown()) {
        timer.schedule(look, 5, java.util.concurrent.TimeUnit.SECONDS);
      }
    }

    @Override
    public void close() {
      timer.shutdown();
      try {
        timer.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static void report(Backups.Made made, CliIo io) {
    var m = made.backup().manifest().orElseThrow();
    io.err()
        .println(
            "rekap: "
                + io.text(
                    "cli.backup.auto",
                    made.backup().file(),
                    io.text("backup.reason." + m.reason()),
                    m.head().seq()));
    made.secondCopy().ifPresent(p -> io.err().println("rekap: " + io.text("cli.backup.second", p)));
    made.secondProblem()
        .ifPresent(
            p ->
                io.err()
                    .println(
                        "rekap: "
                            + io.text("cli.backup.warning", io.text(p.key(), p.args().toArray()))));
  }
}
