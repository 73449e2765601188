package id.rekap.core.user;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.signing.PasswordHasher;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Use cases of user accounts: log in, add a user (an admin does; the very first user, who must be
 * an admin, needs no login), change a password. Passwords are kept only as Argon2id hashes and
 * never reach the audit log or the logs.
 */
public final class Users {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
  private static final int MIN_PASSWORD = 8;

  private final Transactions tx;
  private final UserRepository repository;
  private final AuditLog audit;
  private final PasswordHasher hasher;
  private final Clock clock;

  public Users(
      Transactions tx,
      UserRepository repository,
      AuditLog audit,
      PasswordHasher hasher,
      Clock clock) {
    this.tx = tx;
    this.repository = repository;
    this.audit = audit;
    this.hasher = hasher;
    this.clock = clock;
  }

  /** The user, if the name and password match an active account; else a refusal (exit 3). */
  public User login(String name, char[] password) {
    var stored = tx.inTransaction(() -> repository.find(name == null ? "" : name.strip()));
    // Same message for an unknown name and a wrong password: no hint which one was wrong.
    if (stored.isEmpty()
        || !stored.get().active()
        || !hasher.verify(password, stored.get().passwordHash())) {
      throw RekapException.badInput("user.error.login", name);
    }
    return new User(stored.get().name(), stored.get().role());
  }

  public boolean anyUser() {
    return !tx.inTransaction(repository::all).isEmpty();
  }

  public List<UserRepository.Stored> list() {
    return tx.inTransaction(repository::all);
  }

  /**
   * Adds a user. {@code by} must be an admin, except for the first user of a workspace, who must be
   * an admin and is added by whoever set the workspace up (the OS account).
   */
  public void add(
      User by, id.rekap.core.common.Actor bootstrap, String name, Role role, char[] password) {
    String clean = name == null ? "" : name.strip();
    if (!NAME.matcher(clean).matches()) {
      throw RekapException.badInput("user.error.name", name);
    }
    if (password == null || password.length < MIN_PASSWORD) {
      throw RekapException.badInput("user.error.password", MIN_PASSWORD);
    }
    String hash = hasher.hash(password);
    tx.run(
        () -> {
          boolean first = repository.all().isEmpty();
          if (first && role != Role.ADMIN) {
            throw RekapException.badInput("user.error.firstAdmin");
          }
          if (!first && (by == null || by.role() != Role.ADMIN)) {
            throw RekapException.badInput(
                "user.error.notAllowed", by == null ? "-" : by.name(), Role.ADMIN.id());
          }
          if (repository.find(clean).isPresent()) {
            throw RekapException.badInput("user.error.exists", clean);
          }
          repository.insert(
              new UserRepository.Stored(clean, role, hash, true), clock.instant().toString());
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("user", clean);
          payload.put("role", role.id());
          audit.append(first ? bootstrap : by.actor(), "user.add", payload);
        });
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
          audit.append(by.actor(), active ? "user.activate" : "user.deactivate", payload);
        });
  }

  /** Requires the role, or refuses with a clear message. */
  public static void require(User user, Role needed) {
    if (user == null) {
      throw RekapException.badInput("user.error.loginRequired");
    }
    if (!user.role().atLeast(needed)) {
      throw RekapException.badInput("user.error.notAllowed", user.name(), needed.id());
    }
  }
}
