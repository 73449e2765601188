package id.rekap.app.gui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;

/**
 * Starts the desktop app on a workspace. A plain class (not the Application itself) so JavaFX on
 * the class path starts without the module system; called by name from the command line.
 */
public final class GuiLauncher {
  /**
   * How the window opens: on which screen (null: the dashboard), logged in as whom when a password
   * was given (from {@code REKAP_PASSWORD}, for demonstrations and screenshots), in which language.
   */
  public record Start(Path folder, String screen, String user, String password, Locale locale) {}

  private static volatile Start start;

  private GuiLauncher() {}

  static Start start() {
    return start;
  }

  /** Blocks until the window is closed; returns the exit status. */
  public static int launch(Path folder) {
    return launch(folder, null, null, null, Locale.of("id", "ID"));
  }

  /** Blocks until the window is closed; returns the exit status. */
  public static int launch(
      Path folder, String screen, String user, String password, Locale locale) {
    start = new Start(folder, screen, user, password, locale);
    Application.launch(RekapApp.class);
    return 0;
  }
}
