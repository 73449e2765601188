package id.rekap.core.report;

import java.util.List;

/** Persistence of the committee that signs the forms (implemented by the store). */
public interface CommitteeRepository {
  /** The members in printed order. */
  List<CommitteeMember> all();

  /** Replaces the whole committee. */
  void replace(List<CommitteeMember> members);
}
