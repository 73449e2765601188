package id.rekap.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rekap.core.support.RawSirekap.TpsValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Expected recap rows computed by the test alone: the region hierarchy comes from the KawalPemilu
 * file read with Jackson, the values from {@link RawSirekap}. Also the assertions that compare a
 * produced recap document (JSON) and CSV with these rows.
 */
public final class ExpectedRecap {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Region code to name (only regions within {@code root}) and the TPS codes, in code order. */
  public record Hierarchy(Map<String, String> names, List<String> tps) {

    /** Reads a KawalPemilu hierarchy file, keeping what lies within {@code root}. */
    public static Hierarchy kawalPemilu(Path file, String root) {
      JsonNode json = RawSirekap.read(file);
      Map<String, String> names = new TreeMap<>();
      json.get("id2name")
          .properties()
          .forEach(
              e -> {
                if (e.getKey().startsWith(root)) {
                  names.put(e.getKey(), e.getValue().asText());
                }
              });
      List<String> tps = new ArrayList<>();
      json.get("tps")
          .properties()
          .forEach(
              e -> {
                if (!e.getKey().startsWith(root)) {
                  return;
                }
                JsonNode r = e.getValue();
                for (int n = 1; n <= r.get(0).asInt(); n++) {
                  tps.add(e.getKey() + "%03d".formatted(n));
                }
                if (r.size() == 3) {
                  for (int n = r.get(1).asInt(); n <= r.get(2).asInt(); n++) {
                    tps.add(e.getKey() + "%03d".formatted(n));
                  }
                }
              });
      tps.sort(null);
      return new Hierarchy(names, tps);
    }

    /** Region codes with the given number of digits, in code order. */
    public List<String> regions(int digits) {
      TreeSet<String> out = new TreeSet<>();
      names.keySet().stream().filter(c -> c.length() == digits).forEach(out::add);
      tps.forEach(t -> out.add(t.substring(0, digits)));
      return new ArrayList<>(out);
    }
  }

  private ExpectedRecap() {}

  /**
   * The expected rows at a level ({@code 0} digits = TPS rows, else the region code length).
   *
   * @param applies the TPS that vote this contest (others are not expected anywhere)
   * @param keysFor the value keys a row must carry, given the TPS expected in it
   */
  public static List<Map<String, Object>> rows(
      Hierarchy h,
      int digits,
      List<String> applies,
      Map<String, TpsValues> values,
      Function<List<String>, List<String>> keysFor) {
    return rows(h, digits, applies, values, keysFor, tps -> Map.of());
  }

  /** As above, with extra expected entries per row (e.g. a party-list row's {@code dapils}). */
  public static List<Map<String, Object>> rows(
      Hierarchy h,
      int digits,
      List<String> applies,
      Map<String, TpsValues> values,
      Function<List<String>, List<String>> keysFor,
      Function<List<String>, Map<String, Object>> extra) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (digits == 0) {
      for (String t : h.tps()) {
        if (applies.contains(t)) {
          rows.add(row(t, "TPS " + t.substring(10), List.of(t), values, keysFor, extra));
        }
      }
      return rows;
    }
    for (String region : h.regions(digits)) {
      List<String> under = applies.stream().filter(t -> t.startsWith(region)).toList();
      rows.add(row(region, h.names().get(region), under, values, keysFor, extra));
    }
    return rows;
  }

  private static Map<String, Object> row(
      String code,
      String name,
      List<String> tps,
      Map<String, TpsValues> values,
      Function<List<String>, List<String>> keysFor,
      Function<List<String>, Map<String, Object>> extra) {
    List<TpsValues> v =
        tps.stream().map(t -> values.getOrDefault(t, new TpsValues(t, false, Map.of()))).toList();
    Map<String, Object> row = RawSirekap.row(code, name, v, keysFor.apply(tps));
    row.putAll(extra.apply(tps));
    return row;
  }

  /** The document as JSON text, read back: what a consumer of {@code recap --format json} sees. */
  public static JsonNode asJson(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares a recap document with expected rows, field by field: every expected key has the
   * expected value (null stays null), and the {@code tps}, {@code choices} and {@code admin}
   * objects hold no other keys.
   */
  public static void assertDocument(
      JsonNode doc, String contest, String level, List<Map<String, Object>> expected) {
    assertThat(doc.path("format").asText()).isEqualTo("rekap-recap/1");
    assertThat(doc.path("contest").asText()).isEqualTo(contest);
    assertThat(doc.path("level").asText()).isEqualTo(level);
    JsonNode rows = doc.get("rows");
    assertThat(rows.size()).as("rows at " + level).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertRow(expected.get(i), rows.get(i));
    }
  }

  public static void assertRow(Map<String, Object> expected, JsonNode row) {
    Map<String, Object> flat = FlatJson.flatten(row);
    Map<String, Object> actual = new LinkedHashMap<>();
    expected.keySet().forEach(k -> actual.put(k, flat.containsKey(k) ? flat.get(k) : "<absent>"));
    assertThat(actual).as("row %s", expected.get("code")).isEqualTo(expected);
    for (String prefix : List.of("tps.", "choices.", "admin.")) {
      assertThat(keys(flat, prefix))
          .as("%s keys of row %s", prefix, expected.get("code"))
          .isEqualTo(keys(expected, prefix));
    }
  }

  /**
   * Compares the CSV form with expected rows: dotted headers, one line per row in the same order,
   * null as an empty cell. The real and generated data hold no commas or quotes, so a plain split
   * reads it (CSV quoting itself is tested in {@code CsvTest}).
   */
  public static void assertCsv(String csv, List<Map<String, Object>> expected) {
    assertThat(csv).doesNotContain("\"");
    List<String> lines = csv.lines().toList();
    List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
    assertThat(header).startsWith("code", "name", "tps.expected", "tps.received");
    assertThat(lines).hasSize(expected.size() + 1);
    for (int i = 0; i < expected.size(); i++) {
      String[] cells = lines.get(i + 1).split(",", -1);
      assertThat(cells).hasSize(header.size());
      Map<String, String> want = new LinkedHashMap<>();
      Map<String, String> got = new LinkedHashMap<>();
      expected
          .get(i)
          .forEach(
              (k, v) -> {
                want.put(k, v == null ? "" : v.toString());
                int col = header.indexOf(k);
                got.put(k, col < 0 ? "<no column>" : cells[col]);
              });
      assertThat(got).as("CSV line %d", i + 2).isEqualTo(want);
    }
  }

  private static TreeSet<String> keys(Map<String, Object> m, String prefix) {
    TreeSet<String> out = new TreeSet<>();
    m.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(out::add);
    return out;
  }
}
