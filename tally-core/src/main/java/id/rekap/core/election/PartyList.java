package id.rekap.core.election;

import java.util.List;
import java.util.Optional;

/** One party's candidate list within a dapil. */
public record PartyList(int party, List<Candidate> candidates) {
  public PartyList {
    candidates = List.copyOf(candidates);
  }

  public Optional<Candidate> bySirekapId(String id) {
    // a plain loop, not a stream: an import looks up every candidate cell of every file
    for (Candidate c : candidates) {
      if (id.equals(c.sirekapId())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
