package id.rekap.app.gui.exchange;

import java.util.List;

/**
 * A package's verification as the screen shows it: who signed (name, level, region), whether the
 * content is intact and the signer trusted, and every problem found.
 */
public record Verification(
    String signer,
    String level,
    String region,
    boolean intact,
    boolean trusted,
    List<String> problems) {
  public Verification {
    problems = List.copyOf(problems);
  }
}
