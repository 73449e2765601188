package id.rekap.core.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree flattened to dotted keys ({@code tps.expected}, {@code choices.2.candidates.3}), the
 * same naming the recap CSV uses: numbers become {@link Long}, text {@link String}, JSON null Java
 * null, arrays their elements joined by a space. Empty objects leave no key.
 */
public final class FlatJson {
  private FlatJson() {}

  public static Map<String, Object> flatten(JsonNode node) {
    Map<String, Object> out = new LinkedHashMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(n.asText()));
      out.put(prefix, String.join(" ", parts));
    } else if (node.isNull()) {
      out.put(prefix, null);
    } else if (node.isIntegralNumber()) {
      out.put(prefix, node.asLong());
    } else if (node.isBoolean()) {
      out.put(prefix, node.asBoolean());
    } else {
      out.put(prefix, node.asText());
    }
  }
}
