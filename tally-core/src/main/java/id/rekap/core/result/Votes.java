package id.rekap.core.result;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntBinaryOperator;

/**
 * Block IV of one TPS result: {@link VoteKey} to count, sorted by key. A key that is present with
 * no count was on the form but not reported (null); an absent key was not on the form at all.
 */
public final class Votes {
  private static final Votes EMPTY = new Votes(new int[0], new int[0]);
  private final int[] keys;
  private final int[] values;

  private Votes(int[] keys, int[] values) {
    this.keys = keys;
    this.values = values;
  }

  public static Votes empty() {
    return EMPTY;
  }

  /** From a map of key to count (null values allowed). */
  public static Votes of(Map<Integer, Integer> cells) {
    // sorted as int arrays, not through a TreeMap: an import builds one per file
    int[] k = new int[cells.size()];
    int i = 0;
    for (Integer key : cells.keySet()) {
      k[i++] = key;
    }
    java.util.Arrays.sort(k);
    int[] v = new int[k.length];
    for (i = 0; i < k.length; i++) {
      Integer value = cells.get(k[i]);
      if (value != null && value < 0) {
        throw new IllegalArgumentException("negative vote count");
      }
      v[i] = value == null ? AdminBlock.NULL : value;
    }
    return new Votes(k, v);
  }

  /** The count that stands for null (present on the form, not reported) in {@link #sorted}. */
  public static final int UNREPORTED = AdminBlock.NULL;

  /**
   * From keys in ascending order and their counts ({@link #UNREPORTED} for null), as a parser that
   * fills arrays builds them. Takes ownership of the arrays.
   *
   * @throws IllegalArgumentException if the keys are not strictly ascending, the arrays differ in
   *     length or a count is negative
   */
  public static Votes sorted(int[] keys, int[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys and counts differ in length");
    }
    for (int i = 0; i < keys.length; i++) {
      if (i > 0 && keys[i] <= keys[i - 1]) {
        throw new IllegalArgumentException("keys not in ascending order");
      }
      if (values[i] < 0 && values[i] != UNREPORTED) {
        throw new IllegalArgumentException("negative vote count");
      }
    }
    return new Votes(keys, values);
  }

  /** For decoding: arrays sorted by key, {@code -1} for null. Takes ownership of the arrays. */
  static Votes ofSorted(int[] keys, int[] values) {
    return new Votes(keys, values);
  }

  public int size() {
    return keys.length;
  }

  public int keyAt(int index) {
    return keys[index];
  }

  /** Count at a position, or null. */
  public Integer valueAt(int index) {
    return values[index] == AdminBlock.NULL ? null : values[index];
  }

  /** Raw count at a position, {@code -1} for null (for tight loops). */
  public int rawAt(int index) {
    return values[index];
  }

  public boolean has(int key) {
    return Arrays.binarySearch(keys, key) >= 0;
  }

  /** The count for a key, null when not reported or not on the form. */
  public Integer get(int key) {
    int i = Arrays.binarySearch(keys, key);
    return i < 0 ? null : valueAt(i);
  }

  public Map<Integer, Integer> asMap() {
    Map<Integer, Integer> out = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      out.put(keys[i], valueAt(i));
    }
    return out;
  }

  /** Folds over the reported counts (nulls skipped). */
  public int fold(int start, IntBinaryOperator op) {
    int acc = start;
    for (int v : values) {
      if (v != AdminBlock.NULL) {
        acc = op.applyAsInt(acc, v);
      }
    }
    return acc;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Votes other
        && Arrays.equals(keys, other.keys)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
