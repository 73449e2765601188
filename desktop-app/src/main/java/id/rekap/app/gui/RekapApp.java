package id.rekap.app.gui;

import id.rekap.app.gui.start.Recents;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: the start screen when no workspace was named, else that workspace (with
 * {@code --screen start} or {@code wizard} the start screen or the create wizard anyway, for
 * demonstrations and screenshots).
 */
public final class RekapApp extends Application {
  private AppWindow window;
  private FxJobs jobs;

  @Override
  public void start(Stage stage) {
    Failures.installHandlers();
    GuiLauncher.Start start = GuiLauncher.start();
    Clock clock = Clock.systemDefaultZone();
    jobs = new FxJobs();
    window =
        new AppWindow(
            stage,
            jobs,
            clock,
            start.locale(),
            Recents.forUser(),
            Path.of(System.getProperty("user.home")),
            version());
    String screen = start.screen();
    if (start.folder() == null || "start".equals(screen)) {
      window.showStart();
    } else if ("wizard".equals(screen)) {
      window.showWizard();
    } else {
      Workspace ws = Workspace.open(start.folder(), clock);
      // "projector" opens the recap with the projector view on top (for demonstrations)
      Screen first =
          "projector".equals(screen) ? Screen.RECAP : Screen.of(screen).orElse(Screen.DASHBOARD);
      window.open(ws, start.user(), first, start.password(), screen);
    }
  }

  static String version() {
    String v = RekapApp.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (jobs != null) {
      jobs.shutdown();
    }
  }
}
