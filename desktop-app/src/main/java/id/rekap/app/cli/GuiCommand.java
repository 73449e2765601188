package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap gui} (and {@code rekap} alone): the desktop app on the workspace. JavaFX is loaded
 * only here, by name, so that every other command runs on machines without a display.
 */
@Command(name = "gui", description = "Buka aplikasi desktop.")
public final class GuiCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(
      names = "--screen",
      paramLabel = "NAME",
      description =
          "Layar pertama: start, wizard, dashboard, import, entry, findings, recap, plenary,"
              + " reports, packages, sync, keys, settings, projector.")
  private String screen;

  GuiCommand() {}

  GuiCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    if (!displayAvailable(root.env())) {
      throw RekapException.state("cli.gui.noDisplay");
    }
    if (gtkMissing()) {
      throw RekapException.state("cli.gui.noGtk");
    }
    String password = root.env().get("REKAP_PASSWORD");
    // no workspace named: the start screen (recent workspaces, open, demo, create)
    return launch(
        root.workspaceGiven() ? root.workspaceFolder() : null,
        screen,
        root.userName(),
        password == null || password.isEmpty() ? null : password,
        root.io().locale());
  }

  public static boolean displayAvailable(Env env) {
    if (Boolean.getBoolean("java.awt.headless")) {
      return false;
    }
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (os.contains("win") || os.contains("mac")) {
      return true;
    }
    return present(env.get("DISPLAY")) || present(env.get("WAYLAND_DISPLAY"));
  }

  /**
   * True on Linux when GTK 3, which JavaFX draws its windows with, is not installed: the window
   * cannot open, and the user is told in one line what to install instead of an internal error.
   */
  public static boolean gtkMissing() {
    return gtkMissing(System.getProperty("os.name", ""), LIBRARY_DIRS);
  }

  static final java.util.List<java.nio.file.Path> LIBRARY_DIRS =
      java.util.stream.Stream.of(
              "/usr/lib/x86_64-linux-gnu",
              "/usr/lib/aarch64-linux-gnu",
              "/usr/lib64",
              "/usr/lib",
              "/lib/x86_64-linux-gnu",
              "/lib64",
              "/lib")
          .map(java.nio.file.Path::of)
          .toList();

  public static boolean gtkMissing(String osName, java.util.List<java.nio.file.Path> dirs) {
    if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      return false;
    }
    return dirs.stream().noneMatch(d -> java.nio.file.Files.exists(d.resolve("libgtk-3.so.0")));
  }

  private static boolean present(String v) {
    return v != null && !v.isBlank();
  }

  public static int launch(Path workspace) {
    return launch(workspace, null, null, null, java.util.Locale.of("id", "ID"));
  }

  /**
   * Opens the window on a screen; with a user and a password (REKAP_PASSWORD) already logged in,
   * which is how demonstrations and the screenshots in docs/screens are made.
   */
  public static int launch(
      Path workspace, String screen, String user, String password, java.util.Locale locale) {
    try {
      Class<?> launcher = Class.forName("id.rekap.app.gui.GuiLauncher");
      return (Integer)
          launcher
              .getMethod(
                  "launch",
                  Path.class,
                  String.class,
                  String.class,
                  String.class,
                  java.util.Locale.class)
              .invoke(null, workspace, screen, user, password, locale);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("desktop app unavailable", e);
    }
  }
}
