package id.rekap.core.election;

import java.util.List;
import java.util.Optional;

/**
 * An election definition ({@code rekap-election/1}): the election, its parties and contests, and
 * the thresholds the checks use.
 */
public record ElectionDefinition(
    String id,
    String name,
    String date,
    int maxVotersPerTps,
    double ballotReservePercent,
    Mode mode,
    List<Party> parties,
    List<Contest> contests,
    String canonicalJson) {

  /** Official elections and test elections are never mixed. */
  public enum Mode {
    OFFICIAL,
    TEST;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ElectionDefinition {
    parties = List.copyOf(parties);
    contests = List.copyOf(contests);
  }

  public Optional<Contest> contest(ContestCode code) {
    return contests.stream().filter(c -> c.code() == code).findFirst();
  }

  public Optional<Party> party(int number) {
    return parties.stream().filter(p -> p.number() == number).findFirst();
  }
}
