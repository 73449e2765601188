package id.rekap.app.gui.start;

import id.rekap.app.gui.Jobs;
import id.rekap.app.gui.Texts;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;

/**
 * What the start screen works with before any workspace is open: the background jobs, the language,
 * the clock, the remembered workspaces, where the demo lives, and what to do with a workspace once
 * it is open (the window shows its login, with the user name filled when known), and the cost new
 * workspaces hash passwords with (the program's defaults; tests lower it, ADR 0038).
 */
public record StartContext(
    Jobs jobs,
    ObjectProperty<Texts> texts,
    Clock clock,
    Recents recents,
    Path demoFolder,
    Opened opened,
    PasswordHasher passwords) {

  /** A context whose workspaces hash passwords at the program's cost. */
  public StartContext(
      Jobs jobs,
      ObjectProperty<Texts> texts,
      Clock clock,
      Recents recents,
      Path demoFolder,
      Opened opened) {
    this(jobs, texts, clock, recents, demoFolder, opened, new PasswordHasher());
  }

  /** Receives the workspace the start screen opened or created. */
  @FunctionalInterface
  public interface Opened {
    void opened(Workspace workspace, String user);
  }

  String text(String key, Object... args) {
    return texts.get().get(key, args);
  }

  String error(Throwable t) {
    return texts.get().error(t);
  }
}
