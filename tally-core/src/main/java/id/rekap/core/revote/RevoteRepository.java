package id.rekap.core.revote;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import java.util.List;

/** Persistence of re-votes and the results they superseded (implemented by the store). */
public interface RevoteRepository {
  long nextId();

  /**
   * Records the re-vote and moves every stored result of its TPS and contest, any source, out of
   * the results into its history, in the caller's transaction. The superseded list of the given
   * re-vote is ignored: what is moved is what was stored.
   */
  void record(Revote revote);

  /** The re-votes of TPS under a region code prefix (empty: all), oldest first, with history. */
  List<Revote> under(String regionPrefix);

  /** The re-votes of one TPS in one contest, oldest first, with history. */
  List<Revote> of(TpsCode tps, ContestCode contest);
}
