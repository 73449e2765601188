package id.rekap.core.recap;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.result.VoteKey;
import java.util.Optional;

/**
 * Where the empty column stands in a single-pair contest's sums: its votes against the pair's. The
 * plenary must be told plainly when the empty column leads: the region then holds the election
 * again (Kab. Bangka and Kota Pangkalpinang in 2024, docs/election-facts.md §11.2).
 *
 * @param number the empty column's ballot number (1 or 2)
 * @param votes its votes (0 while none is reported)
 * @param pairNumber the pair's ballot number
 * @param pairVotes the pair's votes (0 while none is reported)
 */
public record EmptyColumnStanding(int number, long votes, int pairNumber, long pairVotes) {

  /** The standing in a tally, for a contest with an empty column; empty for any other contest. */
  public static Optional<EmptyColumnStanding> of(Contest contest, Tally tally) {
    Optional<Candidate> empty = contest.emptyColumn();
    if (empty.isEmpty()) {
      return Optional.empty();
    }
    Candidate pair =
        contest.candidates().stream().filter(c -> !c.emptyColumn()).findFirst().orElseThrow();
    return Optional.of(
        new EmptyColumnStanding(
            empty.get().number(), votes(tally, empty.get()), pair.number(), votes(tally, pair)));
  }

  private static long votes(Tally tally, Candidate c) {
    Long v = tally == null ? null : tally.votes(VoteKey.candidate(c.number()));
    return v == null ? 0 : v;
  }

  /** More votes for the empty column than for the pair. */
  public boolean leads() {
    return votes > pairVotes;
  }

  /** As many votes for both, and some votes counted. */
  public boolean tied() {
    return votes == pairVotes && votes > 0;
  }
}
