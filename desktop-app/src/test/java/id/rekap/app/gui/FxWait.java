package id.rekap.app.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two waits every headless GUI test needs: run a piece of work on the FX thread and get its
 * result, and wait until the screen shows something. One copy, so a test reads as the clerk's
 * steps.
 */
public final class FxWait {
  // generous: a loaded CI machine may take long to lay out a screen; only a failure waits this long
  private static final int SCREEN_SECONDS = 90;

  private FxWait() {}

  /** Runs {@code work} on the FX thread; an assertion failing there fails the test as itself. */
  public static <T> T onFx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw new AssertionError(e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Waits until {@code condition} holds, then for the FX events it queued. */
  public static void waitUntil(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(SCREEN_SECONDS, TimeUnit.SECONDS, condition);
    } catch (TimeoutException e) {
      throw new AssertionError("the screen did not show it in time", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
