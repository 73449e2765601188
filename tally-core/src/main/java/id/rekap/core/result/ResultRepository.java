package id.rekap.core.result;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Persistence of TPS results (implemented by the store). */
public interface ResultRepository {
  /**
   * One result to store, with its {@link TpsResult#digest()} (which the caller has already computed
   * to compare with the stored one), the file it came from and when it was imported.
   */
  record Put(TpsResult result, String digest, Origin origin, String importedAt) {}

  /** Value digests of the stored results of one contest and source, by TPS. */
  Map<TpsCode, String> digests(ContestCode contest, Source source);

  /** Inserts or replaces the result of (tps, contest, source). */
  default void put(TpsResult result, Origin origin, String importedAt) {
    putAll(List.of(new Put(result, result.digest(), origin, importedAt)));
  }

  /**
   * Inserts or replaces several results, in order (a later one for the same key wins), in the
   * caller's transaction. One statement for all, as an import writes tens of thousands.
   */
  void putAll(List<Put> results);

  /**
   * Stores several results none of which has a stored row yet (the caller has read the stored
   * digests in its transaction), in order, in the caller's transaction. The store may then skip
   * looking for a row to replace, which an upsert does for every row; a row that exists after all
   * fails the statement (and the caller's transaction) instead of being replaced.
   */
  default void insertAll(List<Put> results) {
    putAll(results);
  }

  /**
   * Stores the rows of a source that the caller's transaction has just cleared for their region, or
   * that it knows it never held (a received package's rows after the sender's earlier rows are
   * deleted), in the caller's transaction; no two rows may share (tps, contest, source). The store
   * may write them in multi-row statements; a row that exists after all fails the statement (and
   * the caller's transaction).
   */
  default void insertNew(List<Put> results) {
    insertAll(results);
  }

  /**
   * Deletes the results of one source for every TPS whose code starts with the prefix (a region
   * code), in every contest; returns how many rows went. A superseding package replaces its
   * kecamatan's rows this way.
   */
  int deleteUnder(String regionPrefix, Source source);

  /** Every stored result of a contest, all sources, ordered by TPS code then source precedence. */
  void forEach(ContestCode contest, Consumer<TpsResult> consumer);

  /**
   * The stored results of a contest at every TPS whose code starts with the prefix (a region or TPS
   * code), all sources, in the order of {@link #forEach}.
   */
  default void forEachUnder(ContestCode contest, String prefix, Consumer<TpsResult> consumer) {
    forEach(
        contest,
        r -> {
          if (r.tps().value().startsWith(prefix)) {
            consumer.accept(r);
          }
        });
  }

  /**
   * When each stored result of a contest under a prefix (a region or TPS code) was stored: TPS →
   * source → instant.
   */
  Map<TpsCode, Map<Source, String>> storedAt(ContestCode contest, String prefix);

  /** Deletes the result of one TPS, contest and source; returns whether there was one. */
  boolean delete(TpsCode tps, ContestCode contest, Source source);

  /** The TPS that have a result of the contest from any source. */
  Set<TpsCode> receivedTps(ContestCode contest);

  /** The results of one TPS in one contest, every source. */
  List<TpsResult> of(TpsCode tps, ContestCode contest);
}
