package id.rekap.core.check;

import id.rekap.core.common.Csv;
import id.rekap.core.common.Json;
import id.rekap.core.common.SafeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Findings as {@code rekap-findings/1} JSON (docs/contract.md §6), as CSV and as text lines. */
public final class FindingsDocument {
  public static final String FORMAT = "rekap-findings/1";

  private FindingsDocument() {}

  public static Map<String, Object> json(List<Finding> findings, Locale locale) {
    List<Map<String, Object>> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", f.rule());
      m.put("severity", f.severity().name());
      m.put("contest", f.contest().id());
      m.put("level", f.level().id());
      m.put("code", f.code());
      m.put("message", f.message(locale));
      m.put("values", f.values());
      out.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("findings", out);
    return doc;
  }

  /**
   * CSV: rule, severity, contest, level, code, message, and the values as compact JSON; every cell
   * neutralised like the entry template's ({@link Csv#cell}).
   */
  public static String csv(List<Finding> findings, Locale locale) {
    StringBuilder b = new StringBuilder("rule,severity,contest,level,code,message,values\n");
    for (Finding f : findings) {
      b.append(
              String.join(
                  ",",
                  Csv.cell(f.rule()),
                  Csv.cell(f.severity().name()),
                  Csv.cell(f.contest().id()),
                  Csv.cell(f.level().id()),
                  Csv.cell(f.code()),
                  Csv.cell(f.message(locale)),
                  Csv.cell(Json.canonicalOrdered(f.values()))))
          .append('\n');
    }
    return b.toString();
  }

  /** One line per finding: {@code ERROR R5 ppwp tps 3101011001001 message}. */
  public static String text(List<Finding> findings, Locale locale) {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-7s %-3s %-6s %-9s %-13s  %s%n",
              f.severity(),
              f.rule(),
              f.contest().id(),
              f.level().id(),
              f.code(),
              SafeText.inline(f.message(locale))));
    }
    return b.toString();
  }
}
