package id.rekap.app.gui.start;

import id.rekap.core.demo.DemoData;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private final ObservableList<Path> recents = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public StartViewModel(StartContext context) {
    this.context = context;
    recents.setAll(context.recents().list());
  }

  public ObservableList<Path> recents() {
    return recents;
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
              context.recents().remember(ws.folder());
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
    recents.setAll(context.recents().list());
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
