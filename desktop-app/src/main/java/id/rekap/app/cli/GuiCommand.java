package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap gui} (and {@code rekap} alone): the desktop app on the workspace. JavaFX is loaded
 * only here, by name, so that every other command runs on machines without a display.
 */
@Command(name = "gui", description = "Buka aplikasi desktop.")
final class GuiCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  GuiCommand() {}

  GuiCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    if (!displayAvailable(root.env())) {
      throw RekapException.state("cli.gui.noDisplay");
    }
    return launch(root.workspaceFolder());
  }

  static boolean displayAvailable(Env env) {
    if (Boolean.getBoolean("java.awt.headless")) {
      return false;
    }
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (os.contains("win") || os.contains("mac")) {
      return true;
    }
    return present(env.get("DISPLAY")) || present(env.get("WAYLAND_DISPLAY"));
  }

  private static boolean present(String v) {
    return v != null && !v.isBlank();
  }

  static int launch(Path workspace) {
    try {
      Class<?> launcher = Class.forName("id.rekap.app.gui.GuiLauncher");
      return (Integer) launcher.getMethod("launch", Path.class).invoke(null, workspace);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("desktop app unavailable", e);
    }
  }
}
