package id.rekap.core.adoption;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.election.ContestCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored form of a {@link Decision}'s particulars: canonical JSON (sorted keys), the same shape
 * as the audit event of the decision, so the history and the chain can be compared.
 */
public final class DecisionDetail {
  private DecisionDetail() {}

  /** The detail as canonical JSON. */
  public static String write(Decision d) {
    return Json.canonical(map(d));
  }

  /** The detail as a JSON-ready map (also the audit event's body). */
  static Map<String, Object> map(Decision d) {
    Map<String, Object> out = new TreeMap<>();
    out.put("codes", new TreeMap<>(d.codes()));
    out.put("already", d.already());
    Map<String, Object> left = new TreeMap<>();
    d.leftOut().forEach((code, blocks) -> left.put(code, blocks(blocks)));
    out.put("leftOut", left);
    Map<String, Object> rulings = new TreeMap<>();
    d.rulings()
        .forEach(
            (code, r) -> {
              Map<String, Object> one = new TreeMap<>();
              one.put("text", r.text());
              one.put("subject", r.subject());
              rulings.put(code, one);
            });
    out.put("rulings", rulings);
    out.put("partial", d.partial());
    out.put("removed", new TreeMap<>(d.removed()));
    return out;
  }

  /** Blocks as {@code [{"reason": id, "detail": [...]}]}. */
  static List<Object> blocks(List<Block> blocks) {
    List<Object> out = new ArrayList<>();
    for (Block b : blocks) {
      Map<String, Object> one = new TreeMap<>();
      one.put("reason", b.reason().id());
      one.put("detail", b.detail());
      out.add(one);
    }
    return out;
  }

  /** A decision read back from its columns and stored detail. */
  public static Decision read(
      long id,
      ContestCode contest,
      String code,
      Decision.Kind kind,
      String by,
      String at,
      String text,
      String detail) {
    JsonNode n;
    try {
      n = Json.mapper().readTree(detail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<Block>> leftOut = new LinkedHashMap<>();
    n.path("leftOut")
        .properties()
        .forEach(
            e -> {
              List<Block> blocks = new ArrayList<>();
              e.getValue()
                  .forEach(
                      b ->
                          Reason.of(b.path("reason").asText())
                              .ifPresent(r -> blocks.add(new Block(r, strings(b.path("detail"))))));
              leftOut.put(e.getKey(), blocks);
            });
    Map<String, Ruling> rulings = new LinkedHashMap<>();
    n.path("rulings")
        .properties()
        .forEach(
            e ->
                rulings.put(
                    e.getKey(),
                    new Ruling(
                        e.getValue().path("text").asText(),
                        e.getValue().path("subject").asText())));
    return new Decision(
        id,
        contest,
        code,
        kind,
        by,
        at,
        text,
        textMap(n.path("codes")),
        strings(n.path("already")),
        leftOut,
        rulings,
        n.path("partial").asBoolean(false),
        textMap(n.path("removed")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static Map<String, String> textMap(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
