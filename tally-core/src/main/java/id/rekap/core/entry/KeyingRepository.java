package id.rekap.core.entry;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import java.util.List;
import java.util.Optional;

/** Persistence of keyings awaiting their second entry or a verifier (implemented by the store). */
public interface KeyingRepository {
  Optional<Keying> find(TpsCode tps, ContestCode contest, Source source, int round);

  void put(Keying keying);

  void delete(TpsCode tps, ContestCode contest, Source source);

  /** Every keying not yet counted, ordered by TPS, contest, source and round. */
  List<Keying> all();
}
