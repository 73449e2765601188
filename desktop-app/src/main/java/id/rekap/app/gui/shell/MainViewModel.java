package id.rekap.app.gui.shell;

import id.rekap.app.gui.Failures;
import id.rekap.app.gui.Jobs;
import id.rekap.app.gui.LeaveGuard;
import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Screen;
import id.rekap.app.gui.Session;
import id.rekap.core.user.User;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: which screen is shown, who is logged in, the workspace's title and the
 * last notice. A screen reloads when it is shown and when the data changed while it is shown.
 */
public final class MainViewModel {
  private final Session session;
  private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DASHBOARD);
  private final StringProperty notice = new SimpleStringProperty("");
  private final Map<Screen, Refreshable> models = new EnumMap<>(Screen.class);
  private final ObjectProperty<Integrity> integrity =
      new SimpleObjectProperty<>(Integrity.CHECKING);
  private Runnable onLogout = () -> {};
  private Runnable onSwitchWorkspace;

  public MainViewModel(Session session) {
    this.session = session;
    screen.addListener((o, a, b) -> refresh(b));
    session.dataVersion().addListener((o, a, b) -> refresh(screen.get()));
  }

  /** Registers the model of a screen, to be refreshed when shown. */
  public void register(Screen s, Refreshable model) {
    models.put(s, model);
  }

  /**
   * Shows another screen once the current one has let go of its unsaved work (it may ask to save,
   * discard or stay).
   */
  public void go(Screen s) {
    if (s == screen.get()) {
      return;
    }
    leaveCurrent(() -> screen.set(s));
  }

  /** Lets the current screen save or drop its unsaved work first, then proceeds (or not). */
  public void leaveCurrent(Runnable proceed) {
    Refreshable m = models.get(screen.get());
    if (m instanceof LeaveGuard guard && session.user().get() != null) {
      guard.leave(proceed);
    } else {
      proceed.run();
    }
  }

  private void refresh(Screen s) {
    Refreshable m = models.get(s);
    if (m != null && session.user().get() != null) {
      m.refresh();
    }
  }

  public void refreshCurrent() {
    refresh(screen.get());
  }

  public ObjectProperty<Screen> screen() {
    return screen;
  }

  public StringProperty notice() {
    return notice;
  }

  /** Where the integrity check run when the workspace was opened stands (issue 13). */
  public enum Integrity {
    CHECKING,
    INTACT,
    FAILED
  }

  /**
   * Runs the opening integrity check on a thread of its own, never on the UI thread: at a regency's
   * scale it reads every audit event and every bound row (about two seconds), and the screens load
   * meanwhile. Not on the job thread either, so it never queues the screens' own loads behind it. A
   * check that cannot run at all counts as failed.
   */
  public void checkIntegrity(Jobs jobs) {
    integrity.set(Integrity.CHECKING);
    Thread t =
        new Thread(
            () -> {
              Integrity result;
              try {
                result =
                    session.workspace().openingCheck().ok() ? Integrity.INTACT : Integrity.FAILED;
              } catch (RuntimeException e) {
                Failures.log(e);
                result = Integrity.FAILED;
              }
              Integrity done = result;
              jobs.later(() -> integrity.set(done));
            },
            "rekap-integrity-open");
    t.setDaemon(true);
    t.start();
  }

  public ReadOnlyObjectProperty<Integrity> integrity() {
    return integrity;
  }

  /**
   * What the status bar says about the check: checking, intact, or the loud warning of a workspace
   * that failed it (adoption, signing and package export then refuse).
   */
  public StringBinding integrityText() {
    return Bindings.createStringBinding(
        () ->
            switch (integrity.get()) {
              case CHECKING -> session.text("integrity.status.checking");
              case INTACT -> session.text("integrity.status.intact");
              case FAILED -> session.text("integrity.warning.open");
            },
        integrity,
        session.texts());
  }

  public String title() {
    var info = session.workspace().info();
    return session.text("app.title", info.name(), info.region().dotted());
  }

  public String election() {
    return session.workspace().election().name();
  }

  /** "ani (operator)" of the logged-in user. */
  public StringBinding userLabel() {
    return Bindings.createStringBinding(
        () -> {
          User u = session.user().get();
          return u == null
              ? ""
              : session.text("status.user", u.name(), session.text("role." + u.role().id()));
        },
        session.user(),
        session.texts());
  }

  public void onLogout(Runnable action) {
    this.onLogout = action;
  }

  /** What "another workspace" does (null: the window has no start screen to go back to). */
  public void onSwitchWorkspace(Runnable action) {
    this.onSwitchWorkspace = action;
  }

  public boolean canSwitchWorkspace() {
    return onSwitchWorkspace != null;
  }

  /** Logs out and shows the start screen, which closes this workspace. */
  public void switchWorkspace() {
    if (onSwitchWorkspace != null) {
      leaveCurrent(
          () -> {
            session.user().set(null);
            onSwitchWorkspace.run();
          });
    }
  }

  public void logout() {
    leaveCurrent(
        () -> {
          session.user().set(null);
          onLogout.run();
        });
  }
}
