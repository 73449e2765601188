package id.rekap.app.gui.login;

import id.rekap.app.gui.Session;
import id.rekap.core.common.RekapException;
import id.rekap.core.user.User;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Logging in with a workspace user. The password check (Argon2id, deliberately slow) runs as a job,
 * so the window never freezes; the same message for a wrong name or password, as the use case
 * gives, and after repeated failures how long to wait. An account still holding the temporary
 * password an admin gave it sets its own first: the card then asks for the new one twice.
 */
public final class LoginViewModel {
  private final Session session;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanProperty changing = new SimpleBooleanProperty();
  private final StringProperty fresh = new SimpleStringProperty("");
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

  /** True while the account must replace its temporary password before logging in. */
  public BooleanProperty changing() {
    return changing;
  }

  /** The new password (while {@link #changing}). */
  public StringProperty fresh() {
    return fresh;
  }

  /** The new password typed again (while {@link #changing}, or when the first admin is made). */
  public StringProperty repeat() {
    return repeat;
  }

  /** Logs in, or sets the new password and logs in while {@link #changing}. */
  public void submit() {
    if (changing.get()) {
      changePassword();
    } else {
      login();
    }
  }

  public String workspaceName() {
    return session.workspace().info().name();
  }

  /** Whether the workspace has users at all (a fresh one gets its first admin here). */
  public boolean hasUsers() {
    return session.workspace().users().anyUser();
  }

  /**
   * Makes the first admin of a workspace without users, with the password they chose (the event
   * names the new admin, never the computer's account) and logs in as them.
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
                users.addFirstAdmin(who, secret);
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
              if (failure instanceof RekapException e && e.key().equals("user.error.mustChange")) {
                // the temporary password was right: keep it as the current one for the change
                changing.set(true);
                error.set(session.text("login.mustChange"));
                return;
              }
              password.set("");
              error.set(session.texts().get().error(failure));
            });
  }

  /** Replaces the temporary (current) password with the new one typed twice, then logs in. */
  public void changePassword() {
    if (busy.get()) {
      return;
    }
    if (!fresh.get().equals(repeat.get())) {
      error.set(session.text("login.error.repeat"));
      return;
    }
    char[] current = password.get().toCharArray();
    char[] chosen = fresh.get().toCharArray();
    String who = name.get();
    busy.set(true);
    error.set("");
    session
        .jobs()
        .run(
            session.text("login.checking"),
            p -> {
              try {
                return session.workspace().users().changePassword(who, current, chosen);
              } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(chosen, '\0');
              }
            },
            (User user) -> {
              busy.set(false);
              clearSecrets();
              changing.set(false);
              session.user().set(user);
              onLogin.run();
            },
            failure -> {
              busy.set(false);
              fresh.set("");
              repeat.set("");
              error.set(session.texts().get().error(failure));
            });
  }

  private void clearSecrets() {
    password.set("");
    fresh.set("");
    repeat.set("");
  }
}
