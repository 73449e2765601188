package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap gui} (and {@code rekap} alone): the desktop app on the workspace, through the {@link
 * DesktopApp} the entry point gave.
 */
@Command(name = "gui")
public final class GuiCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--screen", paramLabel = "NAME")
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
    return root.desktopApp()
        .open(
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
}
