package id.rekap.core.election;

import java.util.List;
import java.util.Optional;

/** One party's candidate list within a dapil. */
public record PartyList(int party, List<Candidate> candidates) {
  public PartyList {
    candidates = List.copyOf(candidates);
  }

  public Optional<Candidate> bySirekapId(String id) {
    return candidates.stream().filter(c -> id.equals(c.sirekapId())).findFirst();
  }
}
