package id.rekap.core.result;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Persistence of TPS results (implemented by the store). */
public interface ResultRepository {
  /** Value digests of the stored results of one contest and source, by TPS. */
  Map<TpsCode, String> digests(ContestCode contest, Source source);

  /** Inserts or replaces the result of (tps, contest, source). */
  void put(TpsResult result, Origin origin, String importedAt);

  /** Every stored result of a contest, all sources, ordered by TPS code then source precedence. */
  void forEach(ContestCode contest, Consumer<TpsResult> consumer);

  /** The TPS that have a result of the contest from any source. */
  Set<TpsCode> receivedTps(ContestCode contest);
}
