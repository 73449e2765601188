package id.rekap.app.gui.login;

import id.rekap.app.gui.Session;
import id.rekap.core.user.User;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Logging in with a workspace user. The password check (Argon2id, deliberately slow) runs as a job,
 * so the window never freezes; the same message for any failure, as the use case gives.
 */
public final class LoginViewModel {
  private final Session session;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty repeat = new SimpleStringProperty("");
  private Runnable onLogin = () -> {};

  public LoginViewModel(Session session) {
    this.session = session;
  }

  public StringProperty name() {
    return name;
  }

  public StringProperty password() {
    return password;
  }

  public StringProperty error() {
    return error;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public String workspaceName() {
    return session.workspace().info().name();
  }

  /** Whether the workspace has users at all (a fresh one gets its first admin here). */
  public boolean hasUsers() {
    return session.workspace().users().anyUser();
  }

  /** The password typed again, when the first admin is made. */
  public StringProperty repeat() {
    return repeat;
  }

  /**
   * Makes the first admin of a workspace without users (recorded as done by the computer's own
   * user, as {@code rekap init --admin} does) and logs in as them.
   */
  public void createFirstAdmin() {
    if (busy.get()) {
      return;
    }
    if (!password.get().equals(repeat.get())) {
      error.set(session.text("login.repeatDiffers"));
      return;
    }
    char[] secret = password.get().toCharArray();
    char[] again = password.get().toCharArray();
    String who = name.get() == null ? "" : name.get().strip();
    busy.set(true);
    error.set("");
    session
        .jobs()
        .run(
            session.text("login.creating"),
            p -> {
              try {
                var users = session.workspace().users();
                users.add(
                    null,
                    id.rekap.core.common.Actor.systemUser(),
                    who,
                    id.rekap.core.user.Role.ADMIN,
                    secret);
                return users.login(who, again);
              } finally {
                Arrays.fill(secret, '\0');
                Arrays.fill(again, '\0');
              }
            },
            (User user) -> {
              busy.set(false);
              password.set("");
              repeat.set("");
              session.user().set(user);
              onLogin.run();
            },
            failure -> {
              busy.set(false);
              error.set(session.texts().get().error(failure));
            });
  }

  public void onLogin(Runnable action) {
    this.onLogin = action;
  }

  public void login() {
    if (busy.get()) {
      return;
    }
    char[] secret = password.get().toCharArray();
    String who = name.get();
    busy.set(true);
    error.set("");
    session
        .jobs()
        .run(
            session.text("login.checking"),
            p -> {
              try {
                return session.workspace().users().login(who, secret);
              } finally {
                Arrays.fill(secret, '\0');
              }
            },
            (User user) -> {
              busy.set(false);
              password.set("");
              session.user().set(user);
              onLogin.run();
            },
            failure -> {
              busy.set(false);
              password.set("");
              error.set(session.texts().get().error(failure));
            });
  }
}
