package id.rekap.core.common;

/**
 * Text from outside (a region name from a master-data file, an objection typed in, a sender's
 * reason in a package, a file name) made safe to print: control characters (C0, DEL, C1: the escape
 * sequences a terminal would obey, line breaks that would forge a line of output) and the invisible
 * direction and format marks that reorder what a reader sees are written as {@code \\uXXXX},
 * visibly, instead of being obeyed or dropped.
 */
public final class SafeText {
  private SafeText() {}

  /** True for a character that must not reach a terminal or a text file as it is. */
  public static boolean unsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u061C'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2069')
        || c == '\uFEFF'
        || (c >= '\uFFF9' && c <= '\uFFFB');
  }

  /** The text on one line, every unsafe character (line breaks and tabs too) escaped. */
  public static String inline(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        escape(c, out);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Appends {@code \\uXXXX} for the character. */
  public static void escape(char c, StringBuilder out) {
    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
  }
}
