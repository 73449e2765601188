package id.rekap.app.gui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** {@link Jobs} for view model tests: the work runs at once, on the caller's thread. */
public final class DirectJobs implements Jobs {
  private boolean cancel;
  private long done;
  private long total;

  /** Makes the next jobs see a cancel request. */
  public void cancelNext() {
    cancel = true;
  }

  public long done() {
    return done;
  }

  public long total() {
    return total;
  }

  @Override
  public void later(Runnable update) {
    update.run();
  }

  @Override
  public <T> void run(
      String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
    T result;
    try {
      result =
          work.run(
              new Progress() {
                @Override
                public void update(long d, long t) {
                  done = d;
                  total = t;
                }

                @Override
                public boolean cancelled() {
                  return cancel;
                }
              });
    } catch (CancellationException e) {
      onFailed.accept(e);
      return;
    } catch (Exception e) {
      onFailed.accept(e);
      return;
    }
    onDone.accept(result);
  }
}
