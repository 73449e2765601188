package id.rekap.app.gui;

import java.util.function.Consumer;

/**
 * Runs slow work (imports, checks, recaps, reports) off the UI thread and hands the result back on
 * it. View models depend on this interface only, so their tests run the work directly, without a
 * toolkit; the app runs it in a JavaFX {@code Task} with progress and cancel ({@link FxJobs}).
 */
public interface Jobs {
  /** What a job can tell the user while it runs, and ask whether it should stop. */
  interface Progress {
    void update(long done, long total);

    boolean cancelled();
  }

  /** The work itself; runs on a background thread. */
  @FunctionalInterface
  interface Work<T> {
    T run(Progress progress) throws Exception;
  }

  /**
   * Starts a job.
   *
   * @param title what the status bar says while it runs
   * @param onDone called on the UI thread with the result
   * @param onFailed called on the UI thread with the failure; a {@link
   *     java.util.concurrent.CancellationException} when the user cancelled the job
   */
  <T> void run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

  /** Runs a small update on the UI thread, from any thread (e.g. the receiver's). */
  void later(Runnable update);
}
