package id.rekap.core.adoption;

import id.rekap.core.election.ContestCode;
import java.util.List;

/** Persistence of the adoption history (implemented by the store). */
public interface DecisionRepository {
  long nextId();

  void insert(Decision decision);

  /** Every entry of a contest, oldest first. */
  List<Decision> of(ContestCode contest);
}
