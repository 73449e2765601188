package id.rekap.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What the command line takes from its surroundings; tests pass their own. */
public record Env(Map<String, String> variables, Path home, Clock clock) {
  public static Env system() {
    return new Env(
        System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemDefaultZone());
  }

  public String get(String name) {
    return variables.get(name);
  }
}
