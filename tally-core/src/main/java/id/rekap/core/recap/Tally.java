package id.rekap.core.recap;

import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of every field over a set of TPS results, with how many results reported each field. A sum
 * stays null while no result reports it, so "nobody reported this" is never shown as 0. Results can
 * be removed again (the live checks update a region when one TPS changes). Sums are {@code long}: a
 * national total of 3-digit counts cannot overflow it.
 *
 * <p>Vote cells are kept in sorted parallel arrays: the TPS of one region share one ballot layout,
 * so adding a result is usually a straight loop over equal key arrays, which keeps a whole
 * kabupaten's recap well under a second.
 */
public final class Tally {
  private static final AdminField[] FIELDS = AdminField.values();
  private final long[] admin = new long[FIELDS.length];
  private final int[] adminReported = new int[FIELDS.length];
  private int[] keys = new int[0];
  private long[] sums = new long[0];
  private int[] reported = new int[0];

  /** How many results have the cell on their form (reported or not). */
  private int[] onForm = new int[0];

  private int results;

  /** Adds one TPS result. */
  public void add(TpsResult r) {
    apply(r, 1);
  }

  /** Removes a result added before (when a TPS's adopted result changes). */
  public void remove(TpsResult r) {
    apply(r, -1);
  }

  private void apply(TpsResult r, int sign) {
    results += sign;
    for (int i = 0; i < FIELDS.length; i++) {
      Integer v = r.admin().get(FIELDS[i]);
      if (v != null) {
        admin[i] += sign * (long) v;
        adminReported[i] += sign;
      }
    }
    Votes vs = r.votes();
    int n = vs.size();
    if (!sameKeys(vs)) {
      widen(vs);
    }
    int j = 0;
    for (int i = 0; i < n; i++) {
      int key = vs.keyAt(i);
      while (keys[j] != key) {
        j++;
      }
      int raw = vs.rawAt(i);
      if (raw >= 0) {
        sums[j] += sign * (long) raw;
        reported[j] += sign;
      }
      onForm[j] += sign;
    }
  }

  private boolean sameKeys(Votes vs) {
    if (vs.size() != keys.length) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != vs.keyAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Makes room for keys this tally has not seen (a TPS of another dapil). */
  private void widen(Votes vs) {
    int[] other = new int[vs.size()];
    for (int i = 0; i < other.length; i++) {
      other[i] = vs.keyAt(i);
    }
    merge(other);
  }

  private void merge(int[] other) {
    int[] merged =
        java.util.stream.IntStream.concat(Arrays.stream(keys), Arrays.stream(other))
            .distinct()
            .sorted()
            .toArray();
    if (merged.length == keys.length) {
      return;
    }
    long[] s = new long[merged.length];
    int[] rep = new int[merged.length];
    int[] form = new int[merged.length];
    for (int i = 0, j = 0; i < keys.length; i++) {
      while (merged[j] != keys[i]) {
        j++;
      }
      s[j] = sums[i];
      rep[j] = reported[i];
      form[j] = onForm[i];
    }
    keys = merged;
    sums = s;
    reported = rep;
    onForm = form;
  }

  /** Adds another tally (a child region's). */
  public void add(Tally other) {
    results += other.results;
    for (int i = 0; i < admin.length; i++) {
      admin[i] += other.admin[i];
      adminReported[i] += other.adminReported[i];
    }
    if (!Arrays.equals(keys, other.keys)) {
      merge(other.keys);
    }
    for (int i = 0, j = 0; i < other.keys.length; i++) {
      while (keys[j] != other.keys[i]) {
        j++;
      }
      sums[j] += other.sums[i];
      reported[j] += other.reported[i];
      onForm[j] += other.onForm[i];
    }
  }

  public int results() {
    return results;
  }

  /** The sum, or null when no result reported the field. */
  public Long admin(AdminField field) {
    return adminReported[field.ordinal()] > 0 ? admin[field.ordinal()] : null;
  }

  /** How many of the results reported the field. */
  public int reported(AdminField field) {
    return adminReported[field.ordinal()];
  }

  /** The number of vote cells any result had on its form. */
  public int cells() {
    return keys.length;
  }

  public int keyAt(int index) {
    return keys[index];
  }

  /** The sum of the cell at an index, or null when no result reported it. */
  public Long valueAt(int index) {
    return reported[index] > 0 ? sums[index] : null;
  }

  /** How many results reported the cell at an index. */
  public int reportedAt(int index) {
    return reported[index];
  }

  /** How many results had the cell at an index on their form. */
  public int onFormAt(int index) {
    return onForm[index];
  }

  private int indexOf(int key) {
    return Arrays.binarySearch(keys, key);
  }

  /** The sum of a vote cell, or null when no result reported it. */
  public Long votes(int key) {
    int i = indexOf(key);
    return i < 0 ? null : valueAt(i);
  }

  /** How many of the results reported the vote cell. */
  public int reportedVotes(int key) {
    int i = indexOf(key);
    return i < 0 ? 0 : reported[i];
  }

  /** Vote cell sums by key (null for cells on some form that nobody reported). */
  public Map<Integer, Long> votes() {
    Map<Integer, Long> out = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (onForm[i] > 0 || reported[i] > 0) {
        out.put(keys[i], valueAt(i));
      }
    }
    return out;
  }

  /** True when both tallies hold the same sums and reporting counts for every field and cell. */
  public boolean sameAs(Tally other) {
    return results == other.results
        && Arrays.equals(admin, other.admin)
        && Arrays.equals(adminReported, other.adminReported)
        && votes().equals(other.votes())
        && reportedCounts().equals(other.reportedCounts());
  }

  private Map<Integer, Integer> reportedCounts() {
    Map<Integer, Integer> out = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (onForm[i] > 0 || reported[i] > 0) {
        out.put(keys[i], reported[i] * 100_000 + onForm[i]);
      }
    }
    return out;
  }
}
