package id.rekap.core.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent reading of raw Sirekap TPS files with Jackson's tree model, written from the
 * contract (docs/contract.md §4, §5) and not from the production parser, so that tests compare the
 * product against a second implementation. Field values are keyed by the recap document's dotted
 * names.
 */
public final class RawSirekap {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Recap key to Sirekap {@code administrasi} key (contract §5 admin block plus block V). */
  public static final Map<String, String> ADMIN = adminMap();

  private RawSirekap() {}

  /**
   * One TPS as read from its file: {@code received} when {@code chart} is non-null and {@code
   * status_suara} is true; {@code fields} holds every value the file reports (null when the file
   * says null), only for received TPS.
   */
  public record TpsValues(String code, boolean received, Map<String, Long> fields) {}

  /** A {@code candidates} contest file; {@code numberBySirekapId} maps chart keys to numbers. */
  public static TpsValues candidates(Path file, Map<String, Integer> numberBySirekapId) {
    JsonNode root = read(file);
    String code = code(file);
    if (!received(root)) {
      return new TpsValues(code, false, Map.of());
    }
    Map<String, Long> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.get("chart").properties()) {
      Integer number = numberBySirekapId.get(e.getKey());
      if (number != null) {
        fields.put("choices." + number, value(e.getValue()));
      }
    }
    admin(root, fields);
    return new TpsValues(code, true, fields);
  }

  /**
   * A {@code party-lists} contest file; {@code numbersByParty} maps each party number of the TPS's
   * dapil to its caleg sirekapId → caleg number.
   */
  public static TpsValues partyLists(Path file, Map<Integer, Map<String, Integer>> numbersByParty) {
    JsonNode root = read(file);
    String code = code(file);
    if (!received(root)) {
      return new TpsValues(code, false, Map.of());
    }
    Map<String, Long> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.get("chart").properties()) {
      if (!e.getValue().isObject()) {
        continue;
      }
      int party = Integer.parseInt(e.getKey());
      Map<String, Integer> calegs = numbersByParty.get(party);
      String prefix = "choices." + party + ".";
      for (Map.Entry<String, JsonNode> c : e.getValue().properties()) {
        switch (c.getKey()) {
          case "jml_suara_total" -> fields.put(prefix + "total", value(c.getValue()));
          case "jml_suara_partai" -> fields.put(prefix + "partyOnly", value(c.getValue()));
          default -> {
            Integer number = calegs.get(c.getKey());
            if (number != null) {
              fields.put(prefix + "candidates." + number, value(c.getValue()));
            }
          }
        }
      }
    }
    admin(root, fields);
    return new TpsValues(code, true, fields);
  }

  /**
   * The expected recap row over some TPS: {@code tps.expected} is their number, {@code
   * tps.received} the received ones; each key is the sum over received TPS of the values they
   * report, or null when none reports it.
   */
  public static Map<String, Object> row(
      String code, String name, List<TpsValues> tps, List<String> keys) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", code);
    row.put("name", name);
    row.put("tps.expected", (long) tps.size());
    row.put("tps.received", tps.stream().filter(TpsValues::received).count());
    for (String key : keys) {
      Long sum = null;
      for (TpsValues t : tps) {
        Long v = t.received() ? t.fields().get(key) : null;
        if (v != null) {
          sum = (sum == null ? 0 : sum) + v;
        }
      }
      row.put(key, sum);
    }
    return row;
  }

  public static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean received(JsonNode root) {
    JsonNode chart = root.get("chart");
    JsonNode status = root.get("status_suara");
    return chart != null && chart.isObject() && status != null && status.asBoolean(false);
  }

  private static void admin(JsonNode root, Map<String, Long> fields) {
    JsonNode adm = root.get("administrasi");
    if (adm == null || !adm.isObject()) {
      return;
    }
    ADMIN.forEach(
        (key, sirekap) -> {
          if (adm.has(sirekap)) {
            fields.put(key, value(adm.get(sirekap)));
          }
        });
  }

  private static Long value(JsonNode n) {
    return n == null || n.isNull() ? null : n.longValue();
  }

  private static String code(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  private static Map<String, String> adminMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("valid", "suara_sah");
    m.put("invalid", "suara_tidak_sah");
    m.put("total", "suara_total");
    m.put("admin.dpt", "pemilih_dpt_j");
    m.put("admin.dptL", "pemilih_dpt_l");
    m.put("admin.dptP", "pemilih_dpt_p");
    m.put("admin.users", "pengguna_total_j");
    m.put("admin.usersL", "pengguna_total_l");
    m.put("admin.usersP", "pengguna_total_p");
    m.put("admin.usersDpt", "pengguna_dpt_j");
    m.put("admin.usersDptb", "pengguna_dptb_j");
    m.put("admin.usersDpk", "pengguna_non_dpt_j");
    return m;
  }
}
