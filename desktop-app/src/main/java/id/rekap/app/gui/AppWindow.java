package id.rekap.app.gui;

import atlantafx.base.theme.PrimerLight;
import id.rekap.app.gui.start.Recents;
import id.rekap.app.gui.start.RegionDirectory;
import id.rekap.app.gui.start.StartContext;
import id.rekap.app.gui.start.StartView;
import id.rekap.app.gui.start.StartViewModel;
import id.rekap.app.gui.start.WizardView;
import id.rekap.app.gui.start.WizardViewModel;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The one window of the app and what it shows: the start screen (recent workspaces, open, demo,
 * create wizard) until a workspace is open, then that workspace's login and main window. Switching
 * to another workspace closes the open one first (its background sender and receiver too).
 */
public final class AppWindow {
  private static final String CSS = "/id/rekap/app/gui/rekap.css";

  private final Stage stage;
  private final FxJobs jobs;
  private final Clock clock;
  private final Recents recents;
  private final Path home;
  private final String version;
  private final PasswordHasher passwords;
  private final ObjectProperty<Texts> texts;
  private Workspace workspace;
  private GuiComposition composition;

  /**
   * @param home where new workspaces and the demo go by default (the user's home folder)
   */
  public AppWindow(
      Stage stage,
      FxJobs jobs,
      Clock clock,
      Locale locale,
      Recents recents,
      Path home,
      String version) {
    this(stage, jobs, clock, locale, recents, home, version, new PasswordHasher());
  }

  /**
   * The same, with the cost new workspaces hash passwords with: the program always uses the
   * constructor above (the defaults); a test of the whole window passes a lower cost (ADR 0038).
   */
  public AppWindow(
      Stage stage,
      FxJobs jobs,
      Clock clock,
      Locale locale,
      Recents recents,
      Path home,
      String version,
      PasswordHasher passwords) {
    this.passwords = passwords;
    this.stage = stage;
    this.jobs = jobs;
    this.clock = clock;
    this.recents = recents;
    this.home = home;
    this.version = version;
    this.texts = new SimpleObjectProperty<>(new Texts(locale));
    // JavaFX's own words (empty tables, text menus, dialog buttons) follow the default locale
    Locale.setDefault(texts.get().locale());
    texts.addListener((o, a, b) -> Locale.setDefault(b.locale()));
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
  }

  private StartContext context() {
    return new StartContext(
        jobs,
        texts,
        clock,
        recents,
        home.resolve(".rekap-demo"),
        (ws, user) -> open(ws, user, null, null, null),
        passwords);
  }

  /** The start screen; closes the open workspace, if any. */
  public void showStart() {
    closeWorkspace();
    StartViewModel model = new StartViewModel(context());
    show(new StartView(model, texts.get(), this::showWizard).root());
    stage.setTitle(texts.get().get("app.name"));
  }

  public void showWizard() {
    WizardViewModel model = new WizardViewModel(context(), RegionDirectory.bundled(), home);
    show(new WizardView(model, texts.get(), this::showStart).root());
    stage.setTitle(texts.get().get("app.name") + " — " + texts.get().get("wizard.title"));
  }

  /** Shows an open workspace: the login (or, with a password given, straight the first screen). */
  public void open(Workspace ws, String user, Screen first, String password, String screenId) {
    closeWorkspace();
    workspace = ws;
    recents.remember(ws);
    Session session = new Session(ws, jobs, clock, texts.get().locale());
    session.texts().addListener((o, a, b) -> texts.set(b));
    composition = new GuiComposition(session, jobs, stage, version, this::showStart);
    composition.start(first == null ? Screen.DASHBOARD : first, user, password);
    if ("projector".equals(screenId) && session.user().get() != null) {
      composition.openProjector();
    }
  }

  /** The workspace's window (for tests that drive the app). */
  public GuiComposition composition() {
    return composition;
  }

  public Workspace workspace() {
    return workspace;
  }

  private void show(Parent root) {
    Scene scene = new Scene(root, WindowFit.width(stage, 1360), WindowFit.height(stage, 840));
    scene.getStylesheets().add(AppWindow.class.getResource(CSS).toExternalForm());
    stage.setScene(scene);
    if (!stage.isShowing()) {
      WindowFit.fill(stage);
      stage.show();
    }
  }

  private void closeWorkspace() {
    jobs.forget();
    if (composition != null) {
      composition.close();
      composition = null;
    }
    if (workspace != null) {
      workspace.close();
      workspace = null;
    }
  }

  /** Closes everything when the app ends. */
  public void close() {
    closeWorkspace();
  }
}
