package id.rekap.core.election;

import id.rekap.core.region.TpsCode;
import java.util.List;
import java.util.Optional;

/**
 * One ballot of the election. {@code scope} (a region code prefix, empty for everywhere) limits
 * where it is voted, e.g. a DPD ballot per province.
 */
public record Contest(
    ContestCode code,
    String name,
    Shape shape,
    String scope,
    List<Candidate> candidates,
    List<Dapil> dapils) {
  public Contest {
    scope = scope == null ? "" : scope;
    candidates = List.copyOf(candidates);
    dapils = DapilIndex.of(dapils);
  }

  /** True when the TPS votes this ballot (within scope and, for party lists, inside a dapil). */
  public boolean appliesTo(TpsCode tps) {
    if (!tps.value().startsWith(scope)) {
      return false;
    }
    return shape == Shape.CANDIDATES || dapilOf(tps).isPresent();
  }

  public Optional<Dapil> dapilOf(TpsCode tps) {
    return ((DapilIndex) dapils).covering(tps);
  }

  public Optional<Dapil> dapil(String dapilCode) {
    return dapils.stream().filter(d -> d.code().equals(dapilCode)).findFirst();
  }

  /** The empty column, when this is a single-pair contest (docs/election-facts.md §11.2). */
  public Optional<Candidate> emptyColumn() {
    return candidates.stream().filter(Candidate::emptyColumn).findFirst();
  }

  public Optional<Candidate> candidateBySirekapId(String id) {
    // a plain loop, not a stream: an import looks up every candidate cell of every file
    for (Candidate c : candidates) {
      if (id.equals(c.sirekapId())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
