package id.rekap.core.adoption;

import id.rekap.core.check.Finding;
import id.rekap.core.election.Contest;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything an adoption decision looks at, read at one moment: the stored results of every source
 * under the place, the adoptions and the plenary's rulings of the contest, what is still open, and
 * the findings.
 *
 * @param sources per TPS under the place, its result from every source
 * @param storedAt per TPS and source, when that result was stored
 * @param adoptions every adoption of the contest, by code (in force or lifted)
 * @param rulings the newest ruling recorded on each place
 * @param errors the ERROR findings of the contest at a TPS or region code
 */
record Situation(
    Contest contest,
    RegionTree tree,
    Map<TpsCode, Map<Source, TpsResult>> sources,
    Map<TpsCode, Map<Source, String>> storedAt,
    Map<String, AdoptionRepository.Adopted> adoptions,
    Map<String, Ruling> rulings,
    Map<TpsCode, List<String>> pendingEntries,
    Map<String, List<Long>> pendingObjections,
    Function<String, List<Finding>> errors) {

  /**
   * Whether the result of one source at a TPS was stored after the other's: a package that came in
   * after a correction here, say. An unreadable time counts as later (the plenary looks once more).
   */
  boolean storedAfter(TpsCode tps, Source later, Source earlier) {
    Map<Source, String> at = storedAt.getOrDefault(tps, Map.of());
    try {
      return java.time.Instant.parse(at.get(later))
          .isAfter(java.time.Instant.parse(at.get(earlier)));
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** The result the recap uses at a TPS (the first source in precedence), or null. */
  TpsResult used(TpsCode tps) {
    Map<Source, TpsResult> s = sources.get(tps);
    if (s == null || s.isEmpty()) {
      return null;
    }
    TpsResult best = null;
    for (TpsResult r : s.values()) {
      if (best == null || r.source().ordinal() < best.source().ordinal()) {
        best = r;
      }
    }
    return best;
  }
}
