package id.rekap.app.cli.exchange;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.backup.AutoBackup;
import id.rekap.core.sync.HttpsTransport;
import id.rekap.core.sync.OutboxEntry;
import id.rekap.core.sync.OutboxStatus;
import id.rekap.core.sync.SyncSender;
import id.rekap.core.workspace.Workspace;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap sync}: delivers the outbox to the registered upstream once; {@code --watch} keeps
 * delivering (waiting as the back-off says) until stopped; {@code --status} only lists the outbox.
 * Exit 0 when nothing is left to send, 1 when packages are still queued or were refused.
 */
@Command(name = "sync")
public final class SyncCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--watch")
  private boolean watch;

  @Option(names = "--status")
  private boolean status;

  @Option(names = "--interval", paramLabel = "DETIK", defaultValue = "30")
  private int interval;

  @Override
  public Integer call() throws InterruptedException {
    try (Workspace ws = root.openWorkspace()) {
      if (status) {
        return print(ws);
      }
      var sender =
          ws.sync()
              .sender(
                  root.login(ws),
                  new HttpsTransport(
                      root.env().clock(), Duration.ofSeconds(10), Duration.ofMinutes(5)));
      while (true) {
        SyncSender.Round round = sender.runOnce();
        round.delivered().forEach(s -> say("cli.sync.delivered", s));
        round.refused().forEach(s -> say("cli.sync.refused", s));
        round.failure().ifPresent(f -> say("cli.sync.failure", f));
        if (!watch) {
          int code = print(ws);
          return round.done() && round.refused().isEmpty() ? code : 1;
        }
        AutoBackup.ifDue(ws, root.io()); // a long watch backs up every 15 minutes of activity
        Thread.sleep(pause(round).toMillis());
      }
    }
  }

  private Duration pause(SyncSender.Round round) {
    Duration most = Duration.ofSeconds(Math.max(1, interval));
    if (round.nextAttempt().isEmpty()) {
      return most;
    }
    Duration until = Duration.between(root.env().clock().instant(), round.nextAttempt().get());
    if (until.isNegative() || until.isZero()) {
      return Duration.ofSeconds(1);
    }
    return until.compareTo(most) < 0 ? until : most;
  }

  private void say(String key, Object arg) {
    root.io().out().println(root.io().text(key, arg));
  }

  /** The outbox, one line per package; 0 when none is waiting or refused. */
  private int print(Workspace ws) {
    int open = 0;
    for (OutboxEntry e : ws.sync().outbox()) {
      root.io()
          .out()
          .printf(
              "#%-4d %-9s %s %s%s%n",
              e.sequence(),
              e.status().id(),
              e.sha256().substring(0, 12),
              e.attempts() == 0 ? "" : root.io().text("cli.sync.attempts", e.attempts()),
              e.lastError() == null || e.status() == OutboxStatus.DELIVERED
                  ? ""
                  : " | " + e.lastError());
      if (e.status().pending() || e.status() == OutboxStatus.REFUSED) {
        open++;
      }
    }
    return ExitStatus.wrongIf(open != 0);
  }
}
