package id.rekap.core.user;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.signing.PasswordHasher;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Use cases of user accounts: log in (with a growing wait after repeated failures, every failure in
 * the audit log), add a user (an admin does; the workspace's first admin is created with the
 * workspace), replace one's password, deactivate and reactivate. Passwords are kept only as
 * Argon2id hashes and never reach the audit log or the logs. A password an admin hands out is
 * temporary: the account can do nothing until its holder has replaced it, so the admin does not
 * know the passwords of the people who count.
 */
public final class Users {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

  /** The actor of a failed login: nobody has been authenticated. */
  static final Actor UNAUTHENTICATED = new Actor("unauthenticated");

  private static final java.time.Duration FORGET_FAILURES = java.time.Duration.ofDays(1);

  private final Transactions tx;
  private final UserRepository repository;
  private final LoginStateRepository logins;
  private final AuditLog audit;
  private final PasswordHasher hasher;
  private final Clock clock;

  public Users(
      Transactions tx,
      UserRepository repository,
      LoginStateRepository logins,
      AuditLog audit,
      PasswordHasher hasher,
      Clock clock) {
    this.tx = tx;
    this.repository = repository;
    this.logins = logins;
    this.audit = audit;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * The user, if the name and password match an active account whose password is its own; else a
   * refusal (exit 3): a wrong name or password, a wait still running, or a temporary password to
   * replace first ({@link #changePassword}).
   */
  public User login(String name, char[] password) {
    User user = authenticate(name, password);
    if (tx.inTransaction(() -> state(user.name())).mustChange()) {
      throw RekapException.badInput("user.error.mustChange", user.name());
    }
    return user;
  }

  /**
   * The account holder replaces their password (the temporary one an admin gave them, or their
   * own): the current password is checked like a login, the new one must pass {@link PasswordRules}
   * and differ from it. Returns the logged-in user.
   */
  public User changePassword(String name, char[] current, char[] fresh) {
    User user = authenticate(name, current);
    PasswordRules.check(user.name(), fresh);
    if (Arrays.equals(current, fresh)) {
      throw RekapException.badInput("user.error.passwordSame");
    }
    String hash = hasher.hash(fresh);
    tx.run(
        () -> {
          repository.setPassword(user.name(), hash);
          LoginStateRepository.State s = state(user.name());
          logins.put(new LoginStateRepository.State(user.name(), 0, null, 0, false));
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("user", user.name());
          payload.put("temporary", s.mustChange());
          audit.append(user.actor(), AuditAction.USER_PASSWORD, payload);
        });
    return user;
  }

  /** Checks name and password under the wait rule; a failure is counted and audited. */
  private User authenticate(String name, char[] password) {
    String clean = name == null ? "" : name.strip();
    if (!NAME.matcher(clean).matches()) {
      throw RekapException.badInput("user.error.login", name);
    }
    Instant now = clock.instant();
    LoginStateRepository.State before = tx.inTransaction(() -> state(clean));
    Optional<Instant> waiting = LoginThrottle.waitingUntil(before, now);
    if (waiting.isPresent()) {
      // not checked, so not a guess: counted, and reported with the next audited failure
      tx.run(
          () -> {
            LoginStateRepository.State s = state(clean);
            logins.put(
                new LoginStateRepository.State(
                    clean, s.failures(), s.lastFailureAt(), s.blocked() + 1, s.mustChange()));
          });
      throw RekapException.badInput(
          "user.error.loginWait", clean, LoginThrottle.secondsUntil(now, waiting.get()));
    }
    var stored = tx.inTransaction(() -> repository.find(clean));
    if (stored.isEmpty()
        || !stored.get().active()
        || !hasher.verify(password, stored.get().passwordHash())) {
      int failures = recordFailure(clean, now);
      var wait = LoginThrottle.waitAfter(failures);
      // the same words for an unknown name and a wrong password: no hint which one was wrong
      if (wait.isZero()) {
        throw RekapException.badInput("user.error.login", clean);
      }
      throw RekapException.badInput("user.error.loginLocked", clean, wait.toSeconds());
    }
    if (before.failures() > 0 || before.blocked() > 0) {
      tx.run(
          () -> {
            LoginStateRepository.State s = state(clean);
            logins.put(new LoginStateRepository.State(clean, 0, null, 0, s.mustChange()));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("user", clean);
            payload.put("failuresBefore", s.failures());
            audit.append(
                new User(clean, stored.get().role()).actor(), AuditAction.USER_LOGIN, payload);
          });
    }
    return new User(stored.get().name(), stored.get().role());
  }

  private int recordFailure(String name, Instant now) {
    return tx.inTransaction(
        () -> {
          LoginStateRepository.State s = state(name);
          int failures = s.failures() + 1;
          logins.put(
              new LoginStateRepository.State(name, failures, now.toString(), 0, s.mustChange()));
          logins.forgetFailuresBefore(now.minus(FORGET_FAILURES).toString());
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("user", name);
          payload.put("failures", failures);
          payload.put("refusedWhileWaiting", s.blocked());
          payload.put("waitSeconds", LoginThrottle.waitAfter(failures).toSeconds());
          audit.append(UNAUTHENTICATED, AuditAction.USER_LOGIN_FAILED, payload);
          return failures;
        });
  }

  private LoginStateRepository.State state(String name) {
    return logins.find(name).orElse(LoginStateRepository.State.fresh(name));
  }

  /**
   * How long a login of this name must still wait, if it must (for a window that counts down).
   * Writes nothing.
   */
  public Optional<java.time.Duration> waiting(String name) {
    String clean = name == null ? "" : name.strip();
    Instant now = clock.instant();
    return tx.inTransaction(() -> logins.find(clean))
        .flatMap(s -> LoginThrottle.waitingUntil(s, now))
        .map(until -> java.time.Duration.between(now, until));
  }

  public boolean anyUser() {
    return !tx.inTransaction(repository::all).isEmpty();
  }

  public List<UserRepository.Stored> list() {
    return tx.inTransaction(repository::all);
  }

  /**
   * Creates the workspace's first admin, with a password they chose themselves; refused once any
   * account exists. The event names the new admin as its actor: from then on every change of the
   * workspace names an account.
   */
  public User addFirstAdmin(String name, char[] password) {
    String clean = validName(name);
    PasswordRules.check(clean, password);
    String hash = hasher.hash(password);
    User admin = new User(clean, Role.ADMIN);
    tx.run(
        () -> {
          if (!repository.all().isEmpty()) {
            throw RekapException.badInput("user.error.notFirst");
          }
          repository.insert(
              new UserRepository.Stored(clean, Role.ADMIN, hash, true), clock.instant().toString());
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("user", clean);
          payload.put("role", Role.ADMIN.id());
          payload.put("first", true);
          audit.append(admin.actor(), AuditAction.USER_ADD, payload);
        });
    return admin;
  }

  /**
   * An admin adds a user with a temporary password, which its holder must replace ({@link
   * #changePassword}) before the account can do anything.
   */
  public void add(User by, String name, Role role, char[] password) {
    require(by, Role.ADMIN);
    String clean = validName(name);
    PasswordRules.check(clean, password);
    String hash = hasher.hash(password);
    tx.run(
        () -> {
          if (repository.find(clean).isPresent()) {
            throw RekapException.badInput("user.error.exists", clean);
          }
          repository.insert(
              new UserRepository.Stored(clean, role, hash, true), clock.instant().toString());
          LoginStateRepository.State s = state(clean);
          logins.put(new LoginStateRepository.State(clean, 0, null, 0, true));
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("user", clean);
          payload.put("role", role.id());
          payload.put("forgottenFailures", s.failures());
          audit.append(by.actor(), AuditAction.USER_ADD, payload);
        });
  }

  /**
   * Refuses an unusable account name or a trivial password before anything is created (workspace
   * creation checks its first admin this way).
   */
  public static void checkNewAccount(String name, char[] password) {
    PasswordRules.check(validName(name), password);
  }

  private static String validName(String name) {
    String clean = name == null ? "" : name.strip();
    if (!NAME.matcher(clean).matches()) {
      throw RekapException.badInput("user.error.name", name);
    }
    return clean;
  }

  /**
   * Deactivates or reactivates an account (an admin does). A deactivated user can no longer log in;
   * everything they did stays attributed to them. Nobody deactivates themselves, and the last
   * active admin stays, so that the workspace can always be administered.
   */
  public void setActive(User by, String name, boolean active) {
    require(by, Role.ADMIN);
    String clean = name == null ? "" : name.strip();
    tx.run(
        () -> {
          var stored =
              repository
                  .find(clean)
                  .orElseThrow(() -> RekapException.badInput("user.error.unknown", clean));
          if (stored.active() == active) {
            return;
          }
          if (!active && clean.equals(by.name())) {
            throw RekapException.badInput("user.error.self");
          }
          long activeAdmins =
              repository.all().stream().filter(u -> u.active() && u.role() == Role.ADMIN).count();
          if (!active && stored.role() == Role.ADMIN && activeAdmins <= 1) {
            throw RekapException.badInput("user.error.lastAdmin");
          }
          repository.setActive(clean, active);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("user", clean);
          audit.append(
              by.actor(),
              active ? AuditAction.USER_ACTIVATE : AuditAction.USER_DEACTIVATE,
              payload);
        });
  }

  /**
   * Requires a logged-in user with the role, or refuses with a clear message (exit 3). The admin
   * holds no other role, and no other role is an admin (separation of duties).
   */
  public static void require(User user, Role needed) {
    if (user == null) {
      throw RekapException.badInput("user.error.loginRequired");
    }
    if (!user.role().atLeast(needed)) {
      throw RekapException.badInput(
          user.role() == Role.ADMIN ? "user.error.adminOnly" : "user.error.notAllowed",
          user.name(),
          // the role's name in the message's language, never its command-line id
          new id.rekap.core.common.MessageRef("role." + needed.id()));
    }
  }
}
