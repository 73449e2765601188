package id.rekap.core.adoption;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import java.util.List;
import java.util.Map;

/**
 * What the plenary still has open, as an adoption needs to know it (wired by the workspace from the
 * keyings and the objections; read inside the caller's transaction).
 */
public interface OpenBusiness {
  /** Nothing open: for use cases built outside a workspace. */
  OpenBusiness NONE =
      new OpenBusiness() {
        @Override
        public Map<TpsCode, List<String>> pendingEntries(ContestCode contest) {
          return Map.of();
        }

        @Override
        public Map<String, List<Long>> pendingObjections(ContestCode contest) {
          return Map.of();
        }
      };

  /**
   * The TPS with a keyed entry of the contest not yet counted (awaiting the second entry or the
   * verifier), with the sources being keyed.
   */
  Map<TpsCode, List<String>> pendingEntries(ContestCode contest);

  /**
   * Objections (keberatan) not yet answered that concern the contest (or every contest), by place
   * code, with their numbers.
   */
  Map<String, List<Long>> pendingObjections(ContestCode contest);
}
