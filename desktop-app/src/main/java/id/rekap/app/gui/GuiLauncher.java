package id.rekap.app.gui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the desktop app on a workspace. A plain class (not the Application itself) so JavaFX on
 * the class path starts without the module system; called by name from the command line.
 */
public final class GuiLauncher {
  private static volatile Path workspace;

  private GuiLauncher() {}

  static Path workspace() {
    return workspace;
  }

  /** Blocks until the window is closed; returns the exit status. */
  public static int launch(Path folder) {
    workspace = folder;
    Application.launch(RekapApp.class);
    return 0;
  }
}
