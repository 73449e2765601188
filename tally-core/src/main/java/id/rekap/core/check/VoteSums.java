package id.rekap.core.check;

import id.rekap.core.result.VoteKey;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Sums over block IV, or null when a cell on the form is not reported. */
final class VoteSums {
  private VoteSums() {}

  /** Σ of every vote cast: candidates, or party-only plus caleg (written party totals excluded). */
  static Long choices(Figures f) {
    long sum = 0;
    for (int i = 0; i < f.cells(); i++) {
      int key = f.keyAt(i);
      if (VoteKey.party(key) > 0 && VoteKey.slot(key) == VoteKey.PARTY_TOTAL) {
        continue;
      }
      Long v = f.valueAt(i);
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }

  /** Per party: party-only + Σ caleg (null for a party with a cell not reported). */
  static Map<Integer, Long> computedPartyTotals(Figures f) {
    Map<Integer, Long> out = new TreeMap<>();
    Set<Integer> incomplete = new HashSet<>();
    for (int i = 0; i < f.cells(); i++) {
      int key = f.keyAt(i);
      int party = VoteKey.party(key);
      if (party == 0 || VoteKey.slot(key) == VoteKey.PARTY_TOTAL) {
        continue;
      }
      Long v = f.valueAt(i);
      out.merge(party, v == null ? 0L : v, Long::sum);
      if (v == null) {
        incomplete.add(party);
      }
    }
    incomplete.forEach(p -> out.put(p, null));
    return out;
  }
}
