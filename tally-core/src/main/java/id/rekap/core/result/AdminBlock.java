package id.rekap.core.result;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The values of {@link AdminField} for one TPS, each either a count or null (not reported): a form
 * field left blank or a block Sirekap did not read is not the same as a written 0.
 */
public final class AdminBlock {
  /** Internal marker for null; counts are never negative. */
  static final int NULL = -1;

  private static final AdminField[] FIELDS = AdminField.values();
  private final int[] values;

  private AdminBlock(int[] values) {
    this.values = values;
  }

  public static AdminBlock empty() {
    int[] v = new int[FIELDS.length];
    Arrays.fill(v, NULL);
    return new AdminBlock(v);
  }

  public static AdminBlock of(Map<AdminField, Integer> values) {
    int[] v = new int[FIELDS.length];
    Arrays.fill(v, NULL);
    values.forEach(
        (field, value) -> {
          if (value != null) {
            if (value < 0) {
              throw new IllegalArgumentException(field + " is negative");
            }
            v[field.ordinal()] = value;
          }
        });
    return new AdminBlock(v);
  }

  /**
   * From stored values in {@link AdminField} order, {@code -1} for null: the store's fast path,
   * which reads tens of thousands of rows per check.
   */
  public static AdminBlock fromStored(int[] values) {
    if (values.length != FIELDS.length) {
      throw new IllegalArgumentException("expected " + FIELDS.length + " values");
    }
    for (int v : values) {
      if (v < NULL) {
        throw new IllegalArgumentException("negative count in store");
      }
    }
    return new AdminBlock(values.clone());
  }

  /** The value, or null when not reported. */
  public Integer get(AdminField field) {
    int v = values[field.ordinal()];
    return v == NULL ? null : v;
  }

  public boolean isReported(AdminField field) {
    return values[field.ordinal()] != NULL;
  }

  public boolean isEmpty() {
    return Arrays.stream(values).allMatch(v -> v == NULL);
  }

  public Map<AdminField, Integer> asMap() {
    Map<AdminField, Integer> out = new EnumMap<>(AdminField.class);
    for (AdminField f : FIELDS) {
      out.put(f, get(f));
    }
    return out;
  }

  /** A copy with one field set (null clears it). */
  public AdminBlock with(AdminField field, Integer value) {
    int[] v = values.clone();
    v[field.ordinal()] = value == null ? NULL : value;
    return new AdminBlock(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdminBlock other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
