package id.rekap.core.recap;

import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of every field over a set of TPS results. A field stays null until at least one result
 * reports it, so "nobody reported this" is never shown as 0. Sums are {@code long}: a national
 * total of 3-digit counts cannot overflow it.
 *
 * <p>The vote cells are parallel arrays sorted by key, not a map: a TPS-level recap of a party-list
 * contest holds one tally of ~250 cells per TPS, 15,000 of them in a kabupaten, and a map of boxed
 * entries made that the largest heap use of the benchmark (docs/benchmarks.md). Results of one
 * region nearly always share their key set, so adding is a straight loop.
 */
public final class Tally {
  private static final AdminField[] FIELDS = AdminField.values();
  private static final int[] NO_KEYS = new int[0];

  private final long[] admin = new long[FIELDS.length];
  private final boolean[] adminSeen = new boolean[FIELDS.length];
  private int[] keys = NO_KEYS;
  private long[] sums = new long[0];
  private boolean[] seen = new boolean[0];
  private int results;

  /** Adds one TPS result. */
  public void add(TpsResult r) {
    results++;
    for (AdminField f : FIELDS) {
      Integer v = r.admin().get(f);
      if (v != null) {
        admin[f.ordinal()] += v;
        adminSeen[f.ordinal()] = true;
      }
    }
    Votes vs = r.votes();
    int[] theirs = new int[vs.size()];
    for (int i = 0; i < theirs.length; i++) {
      theirs[i] = vs.keyAt(i);
    }
    widen(theirs);
    int j = 0;
    for (int i = 0; i < theirs.length; i++) {
      while (keys[j] != theirs[i]) {
        j++;
      }
      int raw = vs.rawAt(i);
      if (raw >= 0) {
        sums[j] += raw;
        seen[j] = true;
      }
    }
  }

  /** Adds another tally (a child region's). */
  public void add(Tally other) {
    results += other.results;
    for (int i = 0; i < admin.length; i++) {
      if (other.adminSeen[i]) {
        admin[i] += other.admin[i];
        adminSeen[i] = true;
      }
    }
    widen(other.keys);
    int j = 0;
    for (int i = 0; i < other.keys.length; i++) {
      while (keys[j] != other.keys[i]) {
        j++;
      }
      if (other.seen[i]) {
        sums[j] += other.sums[i];
        seen[j] = true;
      }
    }
  }

  /** Makes room for the given sorted keys (their union with ours); a no-op if we have them. */
  private void widen(int[] theirs) {
    if (Arrays.equals(keys, theirs)) {
      return;
    }
    int[] union = new int[keys.length + theirs.length];
    int n = 0;
    int a = 0;
    int b = 0;
    while (a < keys.length || b < theirs.length) {
      if (b == theirs.length || (a < keys.length && keys[a] < theirs[b])) {
        union[n++] = keys[a++];
      } else if (a == keys.length || theirs[b] < keys[a]) {
        union[n++] = theirs[b++];
      } else {
        union[n++] = keys[a++];
        b++;
      }
    }
    if (n == keys.length) {
      return;
    }
    long[] newSums = new long[n];
    boolean[] newSeen = new boolean[n];
    int j = 0;
    for (int i = 0; i < keys.length; i++) {
      while (union[j] != keys[i]) {
        j++;
      }
      newSums[j] = sums[i];
      newSeen[j] = seen[i];
    }
    keys = Arrays.copyOf(union, n);
    sums = newSums;
    seen = newSeen;
  }

  public int results() {
    return results;
  }

  /** The sum, or null when no result reported the field. */
  public Long admin(AdminField field) {
    return adminSeen[field.ordinal()] ? admin[field.ordinal()] : null;
  }

  /** The sum of a vote cell, or null when no result reported it. */
  public Long votes(int key) {
    int i = Arrays.binarySearch(keys, key);
    return i < 0 || !seen[i] ? null : sums[i];
  }

  /** Vote cell sums by key (null values for cells on the form that nobody reported). */
  public Map<Integer, Long> votes() {
    Map<Integer, Long> out = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], seen[i] ? sums[i] : null);
    }
    return out;
  }
}
