package id.rekap.core.result;

import id.rekap.core.election.ContestCode;
import java.util.List;

/** Persistence of Sirekap's published aggregates (implemented by the store). */
public interface PublishedRepository {
  /** The SHA-256 of the file the stored rows of one aggregate file came from, if any. */
  java.util.Optional<String> originOf(ContestCode contest, String parent);

  /**
   * Replaces the rows of one aggregate file (contest and parent region) with a newer reading, in
   * the caller's transaction.
   */
  void replace(ContestCode contest, String parent, List<Published> rows, String importedAt);

  /** Every stored row. */
  List<Published> all();
}
