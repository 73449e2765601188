package id.rekap.core.report;

/**
 * Counts as clerks read them on paper: thousands grouped with a dot (1.234.567). Written by hand
 * rather than with a locale's NumberFormat so the output does not depend on the JDK's locale data.
 */
public final class IndonesianFormat {
  private IndonesianFormat() {}

  /** The count grouped with dots; null (not reported) is the empty string. */
  public static String count(Long value) {
    if (value == null) {
      return "";
    }
    String digits = Long.toString(Math.abs(value));
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      b.append('.').append(digits, i, i + 3);
    }
    return value < 0 ? "-" + b : b.toString();
  }
}
