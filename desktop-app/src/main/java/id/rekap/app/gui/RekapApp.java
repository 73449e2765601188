package id.rekap.app.gui;

import id.rekap.core.workspace.Workspace;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window on one workspace. */
public final class RekapApp extends Application {
  private Workspace workspace;

  @Override
  public void start(Stage stage) {
    workspace = Workspace.open(GuiLauncher.workspace(), Clock.systemDefaultZone());
    WorkspaceViewModel model = new WorkspaceViewModel(workspace);
    WorkspaceView view = new WorkspaceView(model);
    stage.setTitle(model.title().get());
    stage.setScene(new Scene(view.root(), 1100, 700));
    stage.show();
    model.refresh();
  }

  @Override
  public void stop() {
    if (workspace != null) {
      workspace.close();
    }
  }
}
