package id.rekap.core.election;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rekap.core.common.Json;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses and validates an election definition ({@code rekap-election/1}). Unknown keys are ignored;
 * a missing or wrong required key is one clear error naming the place.
 */
public final class ElectionDefinitionParser {
  public static final String FORMAT = "rekap-election/1";
  private static final long MAX_BYTES = 32L << 20;

  private final Object source;

  private ElectionDefinitionParser(Object source) {
    this.source = source;
  }

  public static ElectionDefinition parse(java.nio.file.Path file) {
    return parse(file, JsonInput.readBounded(file, MAX_BYTES));
  }

  /** Parses the content; {@code source} names it in messages. */
  public static ElectionDefinition parse(Object source, byte[] content) {
    JsonNode root;
    try (JsonParser p = JsonInput.parser(content)) {
      ObjectMapper mapper = Json.mapper();
      root = mapper.readTree(p);
    } catch (IOException e) {
      throw JsonInput.malformed(source, e);
    }
    return new ElectionDefinitionParser(source).definition(root);
  }

  private ElectionDefinition definition(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw bad("$", "object");
    }
    if (!FORMAT.equals(text(root, "format", "$"))) {
      throw RekapException.badInput("election.error.format", source, FORMAT);
    }
    JsonNode e = object(root, "election", "$");
    String id = text(e, "id", "election");
    String name = text(e, "name", "election");
    String date = optionalText(e, "date");
    int maxVoters =
        e.has("maxVotersPerTps") ? integer(e, "maxVotersPerTps", "election", 1, 10_000) : 300;
    double reserve =
        e.has("ballotReservePercent") ? number(e, "ballotReservePercent", "election") : 2.0;
    String modeText = e.has("mode") ? text(e, "mode", "election") : "official";
    ElectionDefinition.Mode mode =
        switch (modeText) {
          case "official" -> ElectionDefinition.Mode.OFFICIAL;
          case "test" -> ElectionDefinition.Mode.TEST;
          default -> throw bad("election.mode", "\"official\" | \"test\"");
        };
    List<Party> parties = parties(root);
    List<Contest> contests = new ArrayList<>();
    Set<ContestCode> seen = new HashSet<>();
    JsonNode list = array(root, "contests", "$");
    for (int i = 0; i < list.size(); i++) {
      Contest c = contest(list.get(i), "contests[" + i + "]", parties);
      if (!seen.add(c.code())) {
        throw RekapException.badInput(
            "election.error.duplicate", source, "contests[" + i + "].code", c.code());
      }
      contests.add(c);
    }
    if (contests.isEmpty()) {
      throw bad("contests", "[...]");
    }
    return new ElectionDefinition(
        id, name, date, maxVoters, reserve, mode, parties, contests, Json.canonical(root));
  }

  private List<Party> parties(JsonNode root) {
    List<Party> parties = new ArrayList<>();
    if (!root.has("parties")) {
      return parties;
    }
    JsonNode list = array(root, "parties", "$");
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String place = "parties[" + i + "]";
      JsonNode p = list.get(i);
      int number = integer(p, "number", place, 1, 999);
      if (!numbers.add(number)) {
        throw RekapException.badInput(
            "election.error.duplicate", source, place + ".number", number);
      }
      parties.add(
          new Party(
              number,
              optionalText(p, "abbr"),
              text(p, "name", place),
              p.path("acehLocal").asBoolean(false)));
    }
    return parties;
  }

  private Contest contest(JsonNode c, String place, List<Party> parties) {
    if (!c.isObject()) {
      throw bad(place, "object");
    }
    String codeText = text(c, "code", place);
    ContestCode code =
        ContestCode.of(codeText)
            .orElseThrow(
                () ->
                    RekapException.badInput(
                        "election.error.contestCode", source, place + ".code", codeText));
    String shapeText = text(c, "shape", place);
    Shape shape =
        Shape.of(shapeText)
            .orElseThrow(() -> bad(place + ".shape", "\"candidates\" | \"party-lists\""));
    String scope = optionalText(c, "scope");
    if (scope != null && !scope.chars().allMatch(Character::isDigit)) {
      throw bad(place + ".scope", "region code");
    }
    String name = text(c, "name", place);
    if (shape == Shape.CANDIDATES) {
      List<Candidate> candidates = candidates(c, place);
      requireSinglePair(candidates, place);
      return new Contest(code, name, shape, scope, candidates, List.of());
    }
    JsonNode dapils = array(c, "dapils", place);
    List<Dapil> out = new ArrayList<>();
    for (int i = 0; i < dapils.size(); i++) {
      out.add(dapil(dapils.get(i), place + ".dapils[" + i + "]", parties));
    }
    return new Contest(code, name, shape, scope, List.of(), out);
  }

  private Dapil dapil(JsonNode d, String place, List<Party> parties) {
    String code = text(d, "code", place);
    String name = text(d, "name", place);
    int seats = d.has("seats") ? integer(d, "seats", place, 0, 1000) : 0;
    List<String> regions = new ArrayList<>();
    JsonNode list = array(d, "regions", place);
    for (int i = 0; i < list.size(); i++) {
      String r = list.get(i).asText("");
      if (r.isEmpty() || !r.chars().allMatch(Character::isDigit)) {
        throw bad(place + ".regions[" + i + "]", "region code");
      }
      regions.add(r);
    }
    List<PartyList> lists = new ArrayList<>();
    JsonNode ls = array(d, "lists", place);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < ls.size(); i++) {
      String lp = place + ".lists[" + i + "]";
      int party = integer(ls.get(i), "party", lp, 1, 999);
      if (!parties.isEmpty() && parties.stream().noneMatch(p -> p.number() == party)) {
        throw RekapException.badInput("election.error.unknownParty", source, lp + ".party", party);
      }
      if (!seen.add(party)) {
        throw RekapException.badInput("election.error.duplicate", source, lp + ".party", party);
      }
      List<Candidate> candidates = candidates(ls.get(i), lp);
      for (int j = 0; j < candidates.size(); j++) {
        if (candidates.get(j).emptyColumn()) {
          throw RekapException.badInput(
              "election.error.emptyColumnList", source, lp + ".candidates[" + j + "]");
        }
      }
      lists.add(new PartyList(party, candidates));
    }
    return new Dapil(code, name, seats, regions, lists);
  }

  private List<Candidate> candidates(JsonNode owner, String place) {
    JsonNode list = array(owner, "candidates", place);
    List<Candidate> out = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String cp = place + ".candidates[" + i + "]";
      JsonNode c = list.get(i);
      int number = integer(c, "number", cp, 1, 998);
      String sirekapId = optionalText(c, "sirekapId");
      if (!numbers.add(number)) {
        throw RekapException.badInput("election.error.duplicate", source, cp + ".number", number);
      }
      if (sirekapId != null && !ids.add(sirekapId)) {
        throw RekapException.badInput(
            "election.error.duplicate", source, cp + ".sirekapId", sirekapId);
      }
      JsonNode empty = c.get("emptyColumn");
      if (empty != null && !empty.isBoolean()) {
        throw bad(cp + ".emptyColumn", "true | false");
      }
      out.add(
          new Candidate(
              number,
              sirekapId,
              text(c, "name", cp),
              optionalText(c, "sex"),
              empty != null && empty.asBoolean()));
    }
    return out;
  }

  /**
   * The empty column stands only against one pair: a contest with it has exactly two choices, and
   * one empty column (its ballot number may be 1 or 2).
   */
  private void requireSinglePair(List<Candidate> candidates, String place) {
    long empty = candidates.stream().filter(Candidate::emptyColumn).count();
    if (empty > 0 && (empty > 1 || candidates.size() != 2)) {
      throw RekapException.badInput("election.error.emptyColumn", source, place + ".candidates");
    }
  }

  private JsonNode object(JsonNode node, String key, String place) {
    JsonNode v = node.get(key);
    if (v == null || !v.isObject()) {
      throw bad(place + "." + key, "object");
    }
    return v;
  }

  private JsonNode array(JsonNode node, String key, String place) {
    JsonNode v = node.get(key);
    if (v == null || !v.isArray()) {
      throw bad(place + "." + key, "array");
    }
    return v;
  }

  private String text(JsonNode node, String key, String place) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw bad(place + "." + key, "text");
    }
    return v.asText().strip();
  }

  private static String optionalText(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText().strip();
  }

  private int integer(JsonNode node, String key, String place, int min, int max) {
    JsonNode v = node.get(key);
    if (v == null || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
      throw bad(place + "." + key, min + ".." + max);
    }
    return v.asInt();
  }

  private double number(JsonNode node, String key, String place) {
    JsonNode v = node.get(key);
    if (v == null || !v.isNumber() || v.asDouble() < 0 || v.asDouble() > 100) {
      throw bad(place + "." + key, "0..100");
    }
    return v.asDouble();
  }

  private RekapException bad(String place, String expected) {
    return RekapException.badInput("election.error.field", source, place, expected);
  }
}
