package id.rekap.app.gui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * {@link Jobs} as JavaFX tasks on one background thread. One thread, so jobs run in the order they
 * were asked for and never race on the workspace (H2 serves them one after another anyway); the
 * latest running task is exposed for the status bar's progress and cancel button.
 */
public final class FxJobs implements Jobs {
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "rekap-job");
            t.setDaemon(true);
            return t;
          });
  private final ReadOnlyObjectWrapper<Worker<?>> running = new ReadOnlyObjectWrapper<>();
  private final java.util.Set<Task<?>> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private long generation;

  /** The task now running (null when idle). */
  public ReadOnlyObjectProperty<Worker<?>> running() {
    return running.getReadOnlyProperty();
  }

  @Override
  public void later(Runnable update) {
    javafx.application.Platform.runLater(update);
  }

  @Override
  public <T> void run(
      String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            updateTitle(title);
            return work.run(
                new Progress() {
                  @Override
                  public void update(long done, long total) {
                    updateProgress(done, total);
                  }

                  @Override
                  public boolean cancelled() {
                    return isCancelled();
                  }
                });
          }
        };
    long born = generation;
    task.setOnRunning(e -> running.set(task));
    task.setOnSucceeded(
        e -> {
          idle(task);
          if (born == generation) {
            onDone.accept(task.getValue());
          }
        });
    task.setOnFailed(
        e -> {
          idle(task);
          Failures.log(task.getException());
          if (born == generation) {
            onFailed.accept(task.getException());
          }
        });
    task.setOnCancelled(
        e -> {
          idle(task);
          if (born == generation) {
            onFailed.accept(new CancellationException());
          }
        });
    pending.add(task);
    executor.execute(task);
  }

  /**
   * Cancels every job started so far and drops what they would hand back: the workspace they work
   * on is being closed (another workspace opens, the start screen shows).
   */
  public void forget() {
    generation++;
    pending.forEach(t -> t.cancel(true));
    pending.clear();
  }

  private void idle(Task<?> task) {
    pending.remove(task);
    if (running.get() == task) {
      running.set(null);
    }
  }

  public void shutdown() {
    executor.shutdownNow();
  }
}
