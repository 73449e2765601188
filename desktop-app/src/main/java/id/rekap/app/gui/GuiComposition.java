package id.rekap.app.gui;

import atlantafx.base.theme.PrimerLight;
import id.rekap.app.gui.dashboard.DashboardView;
import id.rekap.app.gui.dashboard.DashboardViewModel;
import id.rekap.app.gui.entry.EntryView;
import id.rekap.app.gui.entry.EntryViewModel;
import id.rekap.app.gui.exchange.PackagesView;
import id.rekap.app.gui.exchange.PackagesViewModel;
import id.rekap.app.gui.findings.FindingsView;
import id.rekap.app.gui.findings.FindingsViewModel;
import id.rekap.app.gui.intake.ImportView;
import id.rekap.app.gui.intake.ImportViewModel;
import id.rekap.app.gui.keys.KeysView;
import id.rekap.app.gui.keys.KeysViewModel;
import id.rekap.app.gui.login.LoginView;
import id.rekap.app.gui.login.LoginViewModel;
import id.rekap.app.gui.people.PeopleView;
import id.rekap.app.gui.people.PeopleViewModel;
import id.rekap.app.gui.plenary.PlenaryView;
import id.rekap.app.gui.plenary.PlenaryViewModel;
import id.rekap.app.gui.recap.ProjectorView;
import id.rekap.app.gui.recap.ProjectorViewModel;
import id.rekap.app.gui.recap.RecapView;
import id.rekap.app.gui.recap.RecapViewModel;
import id.rekap.app.gui.report.ReportView;
import id.rekap.app.gui.report.ReportViewModel;
import id.rekap.app.gui.settings.SettingsView;
import id.rekap.app.gui.settings.SettingsViewModel;
import id.rekap.app.gui.shell.MainView;
import id.rekap.app.gui.shell.MainViewModel;
import id.rekap.app.gui.sync.SyncDaemon;
import id.rekap.app.gui.sync.SyncView;
import id.rekap.app.gui.sync.SyncViewModel;
import id.rekap.core.election.ContestCode;
import id.rekap.core.sync.HttpsTransport;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The composition root of the desktop app, written by hand: it builds every view model over the
 * session's workspace, every view over its model, and wires the navigation between screens. A
 * language switch builds the window again in the new language.
 */
public final class GuiComposition implements Navigator {
  private static final String CSS = "/id/rekap/app/gui/rekap.css";

  private final Session session;
  private final FxJobs jobs;
  private final Stage stage;
  private final String version;
  private final Scene scene;
  private final Runnable toStart;
  private MainViewModel main;
  private SyncDaemon daemon;
  private BackupDaemon backups;
  private String backupNotice = "";
  private SyncViewModel sync;
  private boolean backgroundSync = true;
  private EntryViewModel entry;
  private RecapViewModel recap;
  private FindingsViewModel findings;
  private PlenaryViewModel plenary;

  public GuiComposition(Session session, FxJobs jobs, Stage stage, String version) {
    this(session, jobs, stage, version, null);
  }

  /**
   * @param toStart shows the start screen (another workspace); null hides the switch
   */
  public GuiComposition(
      Session session, FxJobs jobs, Stage stage, String version, Runnable toStart) {
    this.session = session;
    this.jobs = jobs;
    this.stage = stage;
    this.version = version;
    this.toStart = toStart;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    this.scene =
        new Scene(
            new javafx.scene.layout.StackPane(),
            WindowFit.width(stage, 1360),
            WindowFit.height(stage, 840));
    scene.getStylesheets().add(GuiComposition.class.getResource(CSS).toExternalForm());
    stage.setScene(scene);
    stage.setTitle(session.text("app.name") + " — " + session.workspace().info().name());
    session.asker(new FxAsker(stage, session));
    // closing the window with unsaved values asks first (save, discard or stay)
    stage.setOnCloseRequest(
        e -> {
          if (main != null && session.user().get() != null) {
            e.consume();
            main.leaveCurrent(stage::close);
          }
        });
  }

  /** Shows the window: logged in straight away when a password was given, else the login. */
  public void start(Screen first, String user, String password) {
    if (!stage.isShowing()) {
      WindowFit.fill(stage);
    }
    stage.show();
    if (user != null && password != null) {
      try {
        session.user().set(session.workspace().users().login(user, password.toCharArray()));
        showMain(first);
        return;
      } catch (RuntimeException e) {
        // wrong or missing credentials: fall through to the login screen with the name filled
      }
    }
    showLogin(first, user);
  }

  public void showLogin(Screen next, String user) {
    LoginViewModel model = new LoginViewModel(session);
    if (user != null) {
      model.name().set(user);
    }
    model.onLogin(() -> showMain(next));
    scene.setRoot(
        new LoginView(
                model,
                session,
                locale -> switchLanguage(locale, () -> showLogin(next, user)),
                toStart)
            .root());
  }

  private void switchLanguage(Locale locale, Runnable rebuild) {
    session.texts().set(new Texts(locale));
    rebuild.run();
  }

  public void showMain(Screen first) {
    main = new MainViewModel(session);
    main.onLogout(() -> showLogin(Screen.DASHBOARD, null));
    main.onSwitchWorkspace(toStart);
    DashboardViewModel dashboard = new DashboardViewModel(session, this);
    entry = new EntryViewModel(session);
    findings = new FindingsViewModel(session, this);
    recap = new RecapViewModel(session);
    plenary = new PlenaryViewModel(session);
    ImportViewModel intake = new ImportViewModel(session);
    ReportViewModel reports = new ReportViewModel(session, version);
    SettingsViewModel settings =
        new SettingsViewModel(
            session,
            locale -> switchLanguage(locale, () -> showMain(Screen.SETTINGS)),
            backups().backups());
    main.notice().set(backupNotice);
    main.register(Screen.SETTINGS, settings);
    main.register(Screen.DASHBOARD, dashboard);
    main.register(Screen.ENTRY, entry);
    main.register(Screen.FINDINGS, findings);
    main.register(Screen.RECAP, recap);
    main.register(Screen.PLENARY, plenary);
    KeysViewModel keys = new KeysViewModel(session);
    main.register(Screen.KEYS, keys);
    PeopleViewModel people = new PeopleViewModel(session);
    main.register(Screen.PEOPLE, people);
    PackagesViewModel packages = new PackagesViewModel(session, version);
    main.register(Screen.PACKAGES, packages);
    if (sync != null) {
      sync.close();
    }
    sync = new SyncViewModel(session, daemon());
    main.register(Screen.SYNC, sync);
    Map<Screen, Supplier<Node>> views = new EnumMap<>(Screen.class);
    views.put(Screen.DASHBOARD, () -> new DashboardView(dashboard, session).root());
    views.put(Screen.IMPORT, () -> new ImportView(intake, session).root());
    views.put(Screen.ENTRY, () -> new EntryView(entry, session).root());
    views.put(Screen.FINDINGS, () -> new FindingsView(findings, session).root());
    views.put(Screen.RECAP, () -> new RecapView(recap, session, this::openProjector).root());
    views.put(Screen.PLENARY, () -> new PlenaryView(plenary, session).root());
    views.put(Screen.REPORTS, () -> new ReportView(reports, session).root());
    views.put(Screen.PACKAGES, () -> new PackagesView(packages, session).root());
    SyncViewModel syncModel = sync;
    views.put(Screen.SYNC, () -> new SyncView(syncModel, session).root());
    views.put(Screen.KEYS, () -> new KeysView(keys, session).root());
    views.put(Screen.PEOPLE, () -> new PeopleView(people, session).root());
    views.put(Screen.SETTINGS, () -> new SettingsView(settings, session).root());
    main.screen().set(first);
    MainView view = new MainView(main, session, jobs, views);
    Parent root = view.root();
    scene.setRoot(root);
    view.installShortcuts();
    main.refreshCurrent();
    main.checkIntegrity(jobs);
  }

  /**
   * The projector view in a window of its own: on the second screen when there is one, else over
   * the whole first screen, never larger than the screen it is on; F11 full screen, Esc closes.
   */
  public void openProjector() {
    ProjectorViewModel model = new ProjectorViewModel(session, recap.contest().get());
    Stage window = new Stage();
    window.initOwner(stage);
    ProjectorView view = new ProjectorView(model, session);
    javafx.geometry.Rectangle2D area = projectorScreen().getVisualBounds();
    Scene s = new Scene(view.root(), area.getWidth(), area.getHeight());
    s.getStylesheets().add(GuiComposition.class.getResource(CSS).toExternalForm());
    s.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.F11) {
            window.setFullScreen(!window.isFullScreen());
          } else if (e.getCode() == KeyCode.ESCAPE) {
            window.close();
          }
        });
    window.setScene(s);
    window.setX(area.getMinX());
    window.setY(area.getMinY());
    window.setWidth(area.getWidth());
    window.setHeight(area.getHeight());
    window.setFullScreenExitHint(view.fullScreenHint());
    window.setTitle(session.text("recap.projector"));
    window.show();
    window.requestFocus();
    projector = window;
    model.load();
  }

  private Stage projector;

  /** The projector window, when open (for tests that drive the app). */
  public Stage projector() {
    return projector;
  }

  /** The screen the main window is not on, when there are two; else the main window's own. */
  private javafx.stage.Screen projectorScreen() {
    var screens = javafx.stage.Screen.getScreens();
    var main =
        javafx.stage.Screen.getScreensForRectangle(
            stage.getX(),
            stage.getY(),
            Math.max(1, stage.getWidth()),
            Math.max(1, stage.getHeight()));
    for (var screen : screens) {
      if (!main.contains(screen)) {
        return screen;
      }
    }
    return main.isEmpty() ? javafx.stage.Screen.getPrimary() : main.getFirst();
  }

  @Override
  public void openEntry(ContestCode contest, String tps, String field) {
    main.go(Screen.ENTRY);
    entry.open(contest, tps, field);
  }

  @Override
  public void openRecap(ContestCode contest, String code) {
    main.screen().set(Screen.RECAP);
    recap.focus(contest, code);
  }

  @Override
  public void openFindings(ContestCode contest, String place) {
    findings.focus(contest, place);
    main.screen().set(Screen.FINDINGS);
  }

  @Override
  public void openPlenary(ContestCode contest, String code) {
    plenary.focus(contest, code);
    main.screen().set(Screen.PLENARY);
  }

  /**
   * The background sender, started once per workspace window (not per login), so packages keep
   * flowing whoever is logged in (in their name); at the login card it waits.
   */
  private SyncDaemon daemon() {
    if (daemon == null) {
      daemon =
          new SyncDaemon(
              session.workspace(),
              () -> session.user().get(),
              new HttpsTransport(session.clock(), Duration.ofSeconds(10), Duration.ofSeconds(120)),
              session.clock(),
              Platform::runLater);
      if (backgroundSync) {
        daemon.start();
      }
    }
    return daemon;
  }

  /**
   * The automatic backups, started once per workspace window like the sender: a backup is taken
   * whenever one is due; the status bar says when the last one was verified, or that one failed.
   */
  private BackupDaemon backups() {
    if (backups == null) {
      backups = new BackupDaemon(session.workspace(), version, session.clock(), Platform::runLater);
      backups.onReport(this::backupReport);
      session.dataVersion().addListener((o, a, b) -> backups.changed());
      backups.start();
    }
    return backups;
  }

  private void backupReport(BackupDaemon.Report report) {
    // in the tally centre's zone (WIB/WITA/WIT), whatever zone the PC's clock is set to
    backupNotice =
        report.failure() == null
            ? session.text(
                "backup.notice.made",
                session.zone().formatShort(report.at(), session.texts().get().locale()))
            : session.text("backup.notice.failed", session.texts().get().error(report.failure()));
    if (main != null) {
      main.notice().set(backupNotice);
      if (main.screen().get() == Screen.SETTINGS) {
        main.refreshCurrent();
      }
    }
  }

  /** Whether the background sender runs (tests of the window switch it off). */
  public GuiComposition backgroundSync(boolean on) {
    this.backgroundSync = on;
    return this;
  }

  /** Stops what runs in the background for this workspace (sender, receiver). */
  public void close() {
    if (backups != null) {
      backups.close();
    }
    if (sync != null) {
      sync.close();
    }
    if (daemon != null) {
      daemon.close();
    }
  }

  /** The main window's model (for tests that drive the app). */
  public MainViewModel main() {
    return main;
  }
}
