package id.rekap.core.check;

import id.rekap.core.result.VoteKey;
import java.util.LinkedHashMap;
import java.util.Map;

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
      long v = f.rawAt(i);
      if (v < 0) {
        return null;
      }
      sum += v;
    }
    return sum;
  }

  /** Per party: party-only + Σ caleg (null for a party with a cell not reported). */
  static Map<Integer, Long> computedPartyTotals(Figures f) {
    // Cells are sorted by key, so a party's cells are contiguous: one entry per party, no merging.
    Map<Integer, Long> out = new LinkedHashMap<>();
    int party = -1;
    long sum = 0;
    boolean complete = true;
    for (int i = 0; i < f.cells(); i++) {
      int key = f.keyAt(i);
      int p = VoteKey.party(key);
      if (p == 0 || VoteKey.slot(key) == VoteKey.PARTY_TOTAL) {
        continue;
      }
      if (p != party) {
        if (party > 0) {
          out.put(party, complete ? sum : null);
        }
        party = p;
        sum = 0;
        complete = true;
      }
      long v = f.rawAt(i);
      if (v < 0) {
        complete = false;
      } else {
        sum += v;
      }
    }
    if (party > 0) {
      out.put(party, complete ? sum : null);
    }
    return out;
  }
}
