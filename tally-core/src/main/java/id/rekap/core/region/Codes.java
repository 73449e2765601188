package id.rekap.core.region;

/** Shared parsing of dotted and plain numeric codes. */
final class Codes {
  private Codes() {}

  /** Digits of a code given plain ({@code 3101011001}) or dotted ({@code 31.01.01.1001}). */
  static String digits(String input) {
    if (input == null) {
      return "";
    }
    String trimmed = input.strip();
    StringBuilder out = new StringBuilder(trimmed.length());
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c < '0' || c > '9') {
        return "";
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The dotted form printed on forms: 2.2.2.4(.3) digit groups. */
  static String dotted(String digits) {
    int[] groups = {2, 2, 2, 4, 3};
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (int g : groups) {
      if (pos >= digits.length()) {
        break;
      }
      if (pos > 0) {
        out.append('.');
      }
      out.append(digits, pos, Math.min(digits.length(), pos + g));
      pos += g;
    }
    return out.toString();
  }
}
