package id.rekap.app.gui.sync;

import id.rekap.app.gui.Failures;
import id.rekap.core.sync.SyncSender;
import id.rekap.core.sync.Transport;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The background sender while the window is open: on a thread of its own (never the UI thread), it
 * delivers the outbox whenever there is something to send and an upstream to send it to, waiting
 * between rounds as long as the core's back-off says, and looking again every little while when
 * idle. "Send now" runs the same round; a lock keeps the two from overlapping. It sends in the name
 * of whoever is logged in (an operator, verifier or chair), and waits while nobody who may send is.
 */
public final class SyncDaemon implements AutoCloseable {
  /** How often an idle sender looks for new packages or a newly registered upstream. */
  static final Duration IDLE = Duration.ofSeconds(15);

  static final Duration SHORTEST = Duration.ofSeconds(1);

  /** What a round did (or why it could not run), for the screen. */
  public record Report(Instant at, SyncSender.Round round, Throwable failure) {}

  private final Workspace workspace;
  private final java.util.function.Supplier<User> user;
  private final Transport transport;
  private final Clock clock;
  private final Executor ui;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Consumer<Report> listener = r -> {};
  private ScheduledExecutorService timer;

  /**
   * @param user who is logged in now (null at the login card)
   * @param ui runs the listener on the UI thread ({@code Platform::runLater} in the app)
   */
  public SyncDaemon(
      Workspace workspace,
      java.util.function.Supplier<User> user,
      Transport transport,
      Clock clock,
      Executor ui) {
    this.workspace = workspace;
    this.user = user;
    this.transport = transport;
    this.clock = clock;
    this.ui = ui;
  }

  public void onReport(Consumer<Report> listener) {
    this.listener = listener;
  }

  /** One round over the outbox (blocks while another round runs). */
  public SyncSender.Round runOnce() {
    lock.lock();
    try {
      return workspace.sync().sender(user.get(), transport).runOnce();
    } finally {
      lock.unlock();
    }
  }

  /** Starts the background rounds. */
  public synchronized void start() {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rekap-sync");
              t.setDaemon(true);
              return t;
            });
    timer.schedule(this::tick, SHORTEST.toMillis(), TimeUnit.MILLISECONDS);
  }

  public synchronized boolean running() {
    return timer != null && !timer.isShutdown();
  }

  private void tick() {
    Duration next = IDLE;
    try {
      User who = user.get();
      if (who != null
          && who.role().atLeast(Role.OPERATOR)
          && workspace.sync().upstream().isPresent()
          && workspace.sync().outbox().stream().anyMatch(e -> e.status().pending())) {
        SyncSender.Round round = runOnce();
        next = pause(round, clock.instant());
        report(new Report(clock.instant(), round, null));
      }
    } catch (RuntimeException e) {
      // an expired pin, a closed store: said on the screen, tried again later
      Failures.log(e);
      report(new Report(clock.instant(), null, e));
    }
    schedule(next);
  }

  private synchronized void schedule(Duration next) {
    if (timer != null && !timer.isShutdown()) {
      timer.schedule(this::tick, next.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void report(Report r) {
    Consumer<Report> l = listener;
    ui.execute(() -> l.accept(r));
  }

  /**
   * How long to wait after a round: until the core's next attempt when a delivery failed, at once
   * (well, a second) when packages remain that may go now, else the idle look-around.
   */
  static Duration pause(SyncSender.Round round, Instant now) {
    if (round.done()) {
      return IDLE;
    }
    if (round.nextAttempt().isPresent()) {
      Duration wait = Duration.between(now, round.nextAttempt().get());
      return wait.compareTo(SHORTEST) < 0 ? SHORTEST : wait;
    }
    return SHORTEST;
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
