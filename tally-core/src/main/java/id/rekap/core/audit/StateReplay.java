package id.rekap.core.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state the audit chain says Rekap wrote: replays the {@code state} field of every event (the
 * digest of each row the event wrote, {@code null} for a row it deleted), later events winning, and
 * compares the result with the rows stored now.
 */
public final class StateReplay {
  /** The payload field that carries an event's written rows: table → key → digest or null. */
  public static final String FIELD = "state";

  /**
   * The payload field that carries the running sum of every bound row's digest after the event (ADR
   * 0028): what the opening check compares with the rows stored now.
   */
  public static final String SUM_FIELD = "stateSum";

  // Row keys are field names here, tens of thousands of distinct ones: interning them in Jackson's
  // symbol table cost a fifth of the opening check (docs/benchmarks.md) and saves nothing.
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
  private static final String MARKER = "\"" + FIELD + "\":{";

  private final Map<String, Map<String, String>> expected = new HashMap<>();
  private long boundRows;

  /** Takes in one event (in chain order). */
  public void accept(AuditEvent e) {
    String payload = e.payload();
    if (payload.indexOf(MARKER) < 0) {
      return;
    }
    try (JsonParser p = JSON.createParser(payload)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals(FIELD) && p.currentToken() == JsonToken.START_OBJECT) {
          readState(p);
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException ex) {
      // the chain hash already covers the payload; an unreadable one binds nothing
    }
  }

  private void readState(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String table = p.currentName();
      if (p.nextToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      Map<String, String> rows = expected.computeIfAbsent(table, t -> new HashMap<>());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken t = p.nextToken();
        rows.put(key, t == JsonToken.VALUE_NULL ? null : p.getText());
        boundRows++;
      }
    }
  }

  /**
   * The state sum an event carries ({@link #SUM_FIELD}, a top-level field of its payload), if it
   * carries one that is well formed.
   */
  public static java.util.Optional<String> sum(String payload) {
    if (payload == null || payload.indexOf("\"" + SUM_FIELD + "\":") < 0) {
      return java.util.Optional.empty();
    }
    try (JsonParser p = JSON.createParser(payload)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return java.util.Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals(SUM_FIELD) && t == JsonToken.VALUE_STRING) {
          String hex = p.getText();
          return hex.length() == 64 && hex.chars().allMatch(StateReplay::lowerHex)
              ? java.util.Optional.of(hex)
              : java.util.Optional.empty();
        }
        p.skipChildren();
      }
    } catch (IOException ex) {
      // an unreadable payload carries no sum; the chain hash says whether it was altered
    }
    return java.util.Optional.empty();
  }

  private static boolean lowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /** How many row writes the chain recorded. */
  public long boundRows() {
    return boundRows;
  }

  /** Every stored row that differs from the replayed state, by table then key. */
  public List<StateDifference> differences(Map<String, Map<String, String>> current) {
    List<StateDifference> out = new ArrayList<>();
    Map<String, Map<String, String>> tables = new TreeMap<>();
    expected.forEach((t, rows) -> tables.put(t, rows));
    current.forEach((t, rows) -> tables.putIfAbsent(t, Map.of()));
    for (String table : tables.keySet()) {
      Map<String, String> want = expected.getOrDefault(table, Map.of());
      Map<String, String> have = current.getOrDefault(table, Map.of());
      TreeMap<String, StateDifference.Kind> found = new TreeMap<>();
      have.forEach(
          (key, digest) -> {
            String w = want.get(key);
            if (w == null) {
              found.put(key, StateDifference.Kind.ADDED);
            } else if (!w.equals(digest)) {
              found.put(key, StateDifference.Kind.CHANGED);
            }
          });
      want.forEach(
          (key, digest) -> {
            if (digest != null && !have.containsKey(key)) {
              found.put(key, StateDifference.Kind.REMOVED);
            }
          });
      found.forEach((key, kind) -> out.add(new StateDifference(table, key, kind)));
    }
    return out;
  }
}
