package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --set field=value} options: a field label and a count, or an empty value for blank. */
public final class Assignments {
  private Assignments() {}

  public static Map<String, Integer> parse(List<String> sets) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String s : sets == null ? List.<String>of() : sets) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw RekapException.usage("cli.set.syntax", s);
      }
      String field = s.substring(0, eq).strip();
      String value = s.substring(eq + 1).strip();
      try {
        out.put(field, value.isEmpty() ? null : Integer.valueOf(value));
      } catch (NumberFormatException e) {
        throw RekapException.badInput("cli.set.number", field, value);
      }
    }
    return out;
  }
}
