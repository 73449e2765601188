package id.rekap.core.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** One configured JSON mapper: map keys sorted, so the same value always gives the same bytes. */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          // parsed trees too (election definitions), not only Java maps
          .enable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .build();

  private static final ObjectMapper ORDERED = JsonMapper.builder().build();

  private Json() {}

  /** Compact JSON keeping the insertion order of maps (documents whose key order is designed). */
  public static String canonicalOrdered(Object value) {
    try {
      return ORDERED.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value is not JSON-serialisable", e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Canonical compact JSON of maps, lists, strings, numbers, booleans and nulls. */
  public static String canonical(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value is not JSON-serialisable", e);
    }
  }
}
