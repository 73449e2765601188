package id.rekap.app.gui;

import id.rekap.core.common.RekapException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the window records a failure in {@code rekap.log}, with its stack trace: every job
 * that fails ({@link FxJobs}), every failure a view model turns into a line for the user ({@link
 * Texts#error}), and whatever escapes to a thread's uncaught-exception handler ({@link
 * #installHandlers}). The user sees one translated line; whoever supports them finds the cause in
 * the log. A failure reaching more than one of these paths is logged once. A refusal the user can
 * act on (bad input, a state that forbids the step) is a warning; anything else an error; a
 * cancelled job a note without a trace.
 */
public final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  /** Failures logged already (weakly held: a failure is forgotten with its last reference). */
  private static final Set<Throwable> LOGGED =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private Failures() {}

  /** Logs {@code failure} (once, however many paths it takes). */
  public static void log(Throwable failure) {
    if (failure == null || !LOGGED.add(failure)) {
      return;
    }
    if (failure instanceof CancellationException) {
      LOG.info("job cancelled by the user");
      return;
    }
    RekapException refusal = refusal(failure);
    if (refusal != null) {
      LOG.warn("refused: {} ({})", refusal.key(), refusal.kind(), failure);
    } else {
      LOG.error("failure: {}", failure.toString(), failure);
    }
  }

  /**
   * Sends whatever a thread does not catch (the FX thread's event handlers, the job and daemon
   * threads) to {@link #log}, instead of the standard error no clerk ever sees.
   */
  public static void installHandlers() {
    Thread.UncaughtExceptionHandler handler = (thread, failure) -> log(failure);
    Thread.setDefaultUncaughtExceptionHandler(handler);
    Thread.currentThread().setUncaughtExceptionHandler(handler);
  }

  private static RekapException refusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RekapException e) {
        return e;
      }
    }
    return null;
  }
}
