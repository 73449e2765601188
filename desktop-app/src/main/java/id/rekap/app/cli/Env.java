package id.rekap.app.cli;

import id.rekap.signing.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the command line takes from its surroundings; tests pass their own. The password-hashing
 * cost is a Java argument only: the program always runs with {@link PasswordHasher}'s defaults, and
 * only a test passes a lower cost (never from a variable or property an insider could set).
 */
public record Env(Map<String, String> variables, Path home, Clock clock, PasswordHasher passwords) {
  public Env(Map<String, String> variables, Path home, Clock clock) {
    this(variables, home, clock, new PasswordHasher());
  }

  public static Env system() {
    return new Env(
        System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemDefaultZone());
  }

  public String get(String name) {
    return variables.get(name);
  }
}
