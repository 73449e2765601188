package id.rekap.app.gui.start;

import id.rekap.core.demo.DemoData;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start screen: the workspaces opened lately, open any folder, open the demo (made on first use
 * from the bundled Kepulauan Seribu data), or create a new one with the wizard. Opening runs as a
 * job (a large workspace's store takes a moment), and a folder that is no workspace is said so.
 */
public final class StartViewModel {
  private final StartContext context;
  private final ObservableList<Recents.Entry> recents = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public StartViewModel(StartContext context) {
    this.context = context;
    recents.setAll(context.recents().entries());
  }

  /** The workspaces opened lately, newest first, with their name, level and region. */
  public ObservableList<Recents.Entry> recents() {
    return recents;
  }

  /** True when the remembered folder still holds a workspace (it may be moved or deleted). */
  public boolean exists(Recents.Entry entry) {
    return Workspace.exists(entry.folder());
  }

  /** The name shown for a remembered workspace: its own name, else its folder's name. */
  public String title(Recents.Entry entry) {
    if (!entry.name().isBlank()) {
      return entry.name();
    }
    Path name = entry.folder().getFileName();
    return name == null ? entry.folder().toString() : name.toString();
  }

  /** "PPK (kecamatan) · 31.01.01 KEPULAUAN SERIBU UTARA", or "folder not found" for a dead one. */
  public String detail(Recents.Entry entry) {
    if (!exists(entry)) {
      return context.text("start.missing");
    }
    if (entry.level().isBlank() || entry.region().isBlank()) {
      return "";
    }
    return context.text(
        "start.detail",
        context.text("workspace.level." + entry.level()),
        dotted(entry.region()),
        entry.regionName());
  }

  private static String dotted(String code) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < code.length(); i += 2) {
      if (i > 0) {
        out.append('.');
      }
      out.append(code, i, Math.min(code.length(), i + (i >= 6 ? 4 : 2)));
      if (i >= 6) {
        break;
      }
    }
    return out.toString();
  }

  /** Takes every remembered folder that no longer holds a workspace off the list. */
  public void forgetMissing() {
    for (Recents.Entry e : List.copyOf(recents)) {
      if (!exists(e)) {
        context.recents().forget(e.folder());
      }
    }
    recents.setAll(context.recents().entries());
  }

  /** True when some remembered folder no longer holds a workspace. */
  public boolean anyMissing() {
    return recents.stream().anyMatch(e -> !exists(e));
  }

  public StringProperty message() {
    return message;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public Path demoFolder() {
    return context.demoFolder();
  }

  /** Opens an existing workspace folder. */
  public void open(Path folder) {
    run(
        context.text("start.opening", folder),
        () -> {
          if (!Files.isDirectory(folder)) {
            throw id.rekap.core.common.RekapException.badInput("start.error.noFolder", folder);
          }
          return Workspace.open(folder, context.clock());
        },
        null);
  }

  /** Opens the demo workspace, making it first when it does not exist yet. */
  public void openDemo() {
    Path folder = context.demoFolder();
    run(
        context.text("start.demoJob"),
        () ->
            hasFiles(folder)
                ? Workspace.open(folder, context.clock())
                : DemoData.create(folder, context.clock()),
        "ketua");
  }

  private interface Opening {
    Workspace open() throws Exception;
  }

  private void run(String title, Opening opening, String user) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    message.set(title);
    context
        .jobs()
        .run(
            title,
            p -> opening.open(),
            ws -> {
              busy.set(false);
              message.set("");
              context.recents().remember(ws);
              context.opened().opened(ws, user);
            },
            failure -> {
              busy.set(false);
              message.set(context.error(failure));
            });
  }

  /** Takes a workspace off the recent list. */
  public void forget(Path folder) {
    context.recents().forget(folder);
    recents.setAll(context.recents().entries());
  }

  private static boolean hasFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }
}
