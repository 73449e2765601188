package id.rekap.app.gui;

import id.rekap.core.workspace.Workspace;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one window on one workspace. */
public final class RekapApp extends Application {
  private Workspace workspace;
  private FxJobs jobs;

  @Override
  public void start(Stage stage) {
    GuiLauncher.Start start = GuiLauncher.start();
    Clock clock = Clock.systemDefaultZone();
    workspace = Workspace.open(start.folder(), clock);
    jobs = new FxJobs();
    Session session = new Session(workspace, jobs, clock, start.locale());
    GuiComposition ui = new GuiComposition(session, jobs, stage, version());
    // "projector" opens the recap with the projector view on top (for demonstrations)
    boolean projector = "projector".equals(start.screen());
    ui.start(
        projector ? Screen.RECAP : Screen.of(start.screen()).orElse(Screen.DASHBOARD),
        start.user(),
        start.password());
    if (projector && session.user().get() != null) {
      ui.openProjector();
    }
  }

  static String version() {
    String v = RekapApp.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public void stop() {
    if (jobs != null) {
      jobs.shutdown();
    }
    if (workspace != null) {
      workspace.close();
    }
  }
}
