package id.rekap.app.gui;

import id.rekap.core.common.Messages;
import java.text.NumberFormat;

/**
 * Counts as the clerks write them (1.234.567), whatever the window's language: the forms and the
 * plenary use Indonesian numbers, and a number must read the same on screen and on paper.
 */
public final class Numbers {
  private Numbers() {}

  public static String count(long value) {
    return NumberFormat.getIntegerInstance(Messages.INDONESIAN).format(value);
  }

  /** A count that may be missing: an en dash when nobody reported it (never shown as 0). */
  public static String count(Long value) {
    return value == null ? "–" : count(value.longValue());
  }

  public static String count(Integer value) {
    return value == null ? "–" : count(value.longValue());
  }

  /** A share in percent with one decimal, Indonesian style (12,5 %). */
  public static String percent(long part, long whole) {
    if (whole == 0) {
      return "–";
    }
    NumberFormat f = NumberFormat.getNumberInstance(Messages.INDONESIAN);
    f.setMaximumFractionDigits(1);
    f.setMinimumFractionDigits(1);
    return f.format(100.0 * part / whole) + " %";
  }
}
