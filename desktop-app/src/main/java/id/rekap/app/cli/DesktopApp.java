package id.rekap.app.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the desktop app; blocks until its window is closed and returns the exit status. The entry
 * point ({@code id.rekap.app.Main}) passes the JavaFX one in, so the command line itself never
 * touches JavaFX and every other command runs on a machine without a display (issue 19: no more
 * loading the GUI by name through reflection).
 */
@FunctionalInterface
public interface DesktopApp {
  /** Where no desktop app was given (tests, a build without the GUI): an internal failure. */
  DesktopApp NONE =
      (workspace, screen, user, password, locale) -> {
        throw new IllegalStateException("desktop app unavailable");
      };

  /**
   * Opens the window: on the start screen when {@code workspace} is null, on {@code screen} when
   * given, already logged in when a user and a password are given.
   */
  int open(Path workspace, String screen, String user, String password, Locale locale);
}
