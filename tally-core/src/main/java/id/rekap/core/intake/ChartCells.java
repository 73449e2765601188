package id.rekap.core.intake;

import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vote cells of one file's chart while it is parsed: every cell of the ballot present and
 * unread (null) until the file gives its count, in {@link VoteKey} order. Sorted arrays instead of
 * a map of boxed integers: the parser fills one per imported file, and the map was a good part of
 * an import's read time (docs/benchmarks.md). A key the ballot does not have (a party count for a
 * party without a list in the dapil) is kept apart and merged in at the end.
 */
final class ChartCells {
  private final int[] keys;
  private final int[] values;
  private Map<Integer, Integer> extra;

  ChartCells(Contest contest, Dapil dapil) {
    int[] k;
    if (contest.shape() == Shape.CANDIDATES) {
      k = new int[contest.candidates().size()];
      for (int i = 0; i < k.length; i++) {
        k[i] = VoteKey.candidate(contest.candidates().get(i).number());
      }
    } else {
      int n = 0;
      for (PartyList l : dapil.lists()) {
        n += 2 + l.candidates().size();
      }
      k = new int[n];
      int i = 0;
      for (PartyList l : dapil.lists()) {
        k[i++] = VoteKey.partyOnly(l.party());
        k[i++] = VoteKey.partyTotal(l.party());
        for (var c : l.candidates()) {
          k[i++] = VoteKey.partyCandidate(l.party(), c.number());
        }
      }
    }
    Arrays.sort(k);
    this.keys = k;
    this.values = new int[k.length];
    Arrays.fill(values, Votes.UNREPORTED);
  }

  /** Sets a cell; {@code count} null: present on the form, not read. */
  void put(int key, Integer count) {
    int i = Arrays.binarySearch(keys, key);
    if (i >= 0) {
      values[i] = count == null ? Votes.UNREPORTED : count;
    } else {
      if (extra == null) {
        extra = new TreeMap<>();
      }
      extra.put(key, count);
    }
  }

  Votes votes() {
    if (extra == null) {
      return Votes.sorted(keys, values);
    }
    Map<Integer, Integer> all = new TreeMap<>(extra);
    for (int i = 0; i < keys.length; i++) {
      all.put(keys[i], values[i] == Votes.UNREPORTED ? null : values[i]);
    }
    return Votes.of(all);
  }
}
