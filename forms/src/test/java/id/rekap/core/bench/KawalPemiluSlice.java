package id.rekap.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A slice of KawalPemilu's region file ({@code {"id2name": {code: name}, "tps": {desa: [max,
 * extBegin?, extEnd?]}}}) as the benchmarks' fixtures read it: every region's name, and each desa's
 * TPS numbers (1..max, then the extension range when there is one).
 */
record KawalPemiluSlice(Map<String, String> names, Map<String, List<Integer>> tpsNumbers) {

  static KawalPemiluSlice read(InputStream in) throws IOException {
    JsonNode root = Json.mapper().readTree(in);
    Map<String, String> names = new TreeMap<>();
    root.get("id2name").properties().forEach(e -> names.put(e.getKey(), e.getValue().asText()));
    Map<String, List<Integer>> tps = new TreeMap<>();
    root.get("tps").properties().forEach(e -> tps.put(e.getKey(), numbers(e.getValue())));
    return new KawalPemiluSlice(names, tps);
  }

  private static List<Integer> numbers(JsonNode spec) {
    List<Integer> out = new ArrayList<>();
    for (int n = 1; n <= spec.get(0).asInt(); n++) {
      out.add(n);
    }
    if (spec.size() == 3) {
      for (int n = spec.get(1).asInt(); n <= spec.get(2).asInt(); n++) {
        out.add(n);
      }
    }
    return out;
  }
}
