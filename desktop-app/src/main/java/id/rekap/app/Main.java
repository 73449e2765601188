package id.rekap.app;

import id.rekap.app.cli.RekapCli;
import id.rekap.app.gui.GuiLauncher;
import java.nio.file.Path;

/**
 * Entry point of the {@code rekap} command. With no command (or {@code gui}) it opens the desktop
 * app; otherwise it runs the command line. It hands the command line the desktop app as a {@link
 * id.rekap.app.cli.DesktopApp} and names no JavaFX type itself, so the command line works on
 * machines without a display.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LogFolder.prepare(System.getenv("REKAP_LOG_DIR"), Path.of(System.getProperty("user.home")));
    // a lambda, not a method reference: the GUI's classes load only when the window opens
    int status =
        RekapCli.standard(
                (workspace, screen, user, password, locale) ->
                    GuiLauncher.launch(workspace, screen, user, password, locale))
            .run(args);
    System.exit(status);
  }
}
