package id.rekap.app;

import id.rekap.app.cli.RekapCli;
import java.nio.file.Path;

/**
 * Entry point of the {@code rekap} command. With no command (or {@code gui}) it opens the desktop
 * app; otherwise it runs the command line. Kept free of JavaFX types so the command line works on
 * machines without a display.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LogFolder.prepare(System.getenv("REKAP_LOG_DIR"), Path.of(System.getProperty("user.home")));
    int status = RekapCli.standard().run(args);
    System.exit(status);
  }
}
