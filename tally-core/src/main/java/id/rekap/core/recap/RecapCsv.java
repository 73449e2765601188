package id.rekap.core.recap;

import id.rekap.core.common.Csv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recap as CSV: one line per row, the JSON row flattened with dotted headers ({@code
 * tps.expected}, {@code choices.2.candidates.3}); null is an empty cell. Names are neutralised as
 * the entry template's are ({@link Csv#cell}): a region named {@code =HYPERLINK(…)} is text.
 */
public final class RecapCsv {
  private RecapCsv() {}

  @SuppressWarnings("unchecked")
  public static String of(Map<String, Object> document) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) document.get("rows");
    List<Map<String, String>> flat = new ArrayList<>(rows.size());
    Set<String> headers = new LinkedHashSet<>();
    for (Map<String, Object> row : rows) {
      Map<String, String> f = new LinkedHashMap<>();
      flatten("", row, f);
      headers.addAll(f.keySet());
      flat.add(f);
    }
    if (rows.isEmpty()) {
      headers.addAll(List.of("code", "name", "tps.expected", "tps.received"));
    }
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", headers.stream().map(Csv::cell).toList())).append('\n');
    for (Map<String, String> f : flat) {
      List<String> cells = new ArrayList<>(headers.size());
      for (String h : headers) {
        cells.add(Csv.cell(f.getOrDefault(h, "")));
      }
      out.append(String.join(",", cells)).append('\n');
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Map<String, Object> map, Map<String, String> out) {
    map.forEach(
        (k, v) -> {
          String key = prefix.isEmpty() ? k : prefix + "." + k;
          if (v instanceof Map<?, ?> m) {
            flatten(key, (Map<String, Object>) m, out);
          } else if (v instanceof List<?> l) {
            out.put(key, String.join(" ", l.stream().map(String::valueOf).toList()));
          } else {
            out.put(key, v == null ? "" : v.toString());
          }
        });
  }
}
