package id.rekap.core.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code results.json} of a received package strictly: every row must be a TPS of the
 * sender's kecamatan known here, a contest of this election voted at that TPS, a known source, the
 * TPS's dapil, and only fields of that ballot with whole counts 0…99,999 or null. Any other row
 * refuses the whole package, naming the row.
 */
final class PackageRows {
  static final String ENTRY = "results.json";
  static final String FORMAT = "rekap-results/1";
  private static final int MAX = 99_999;
  private static final Set<String> KEYS =
      Set.of("tps", "contest", "source", "dapil", "admin", "votes");

  private PackageRows() {}

  static List<TpsResult> parse(
      byte[] json, Object file, ElectionDefinition election, RegionTree tree, RegionCode sender) {
    Rows rows = new Rows(file, election, tree, sender);
    // Streamed row by row: a province's package carries every TPS row of a kab/kota (hundreds of
    // MB as one tree), so only one row is held as a tree at a time (ADR 0034).
    try (JsonParser p = JsonInput.parser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw RekapException.badInput("package.error.json", file, ENTRY, "format");
      }
      String format = null;
      JsonNode early = null;
      boolean results = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("format")) {
          format = value == JsonToken.VALUE_STRING ? p.getText() : null;
          p.skipChildren();
        } else if (name.equals("results") && value == JsonToken.START_ARRAY) {
          results = true;
          if (format == null) {
            // the rows before the format: read them whole, checked once the format is known
            early = Json.mapper().readTree(p);
            continue;
          }
          requireFormat(format, file);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            rows.add(Json.mapper().readTree(p));
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw RekapException.badInput("package.error.json", file, ENTRY, "format");
      }
      requireFormat(format, file);
      if (!results) {
        throw RekapException.badInput("package.error.json", file, ENTRY, "format");
      }
      if (early != null) {
        for (JsonNode row : early) {
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw RekapException.badInput("package.error.json", file, ENTRY, e.getMessage());
    }
    return rows.out;
  }

  private static void requireFormat(String format, Object file) {
    if (!FORMAT.equals(format)) {
      throw RekapException.badInput("package.error.json", file, ENTRY, "format");
    }
  }

  /** The rows read so far, each checked as it comes. */
  private static final class Rows {
    private final Object file;
    private final ElectionDefinition election;
    private final RegionTree tree;
    private final RegionCode sender;
    private final List<TpsResult> out = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /**
     * The fields of each ballot's form by contest and dapil: the same for every TPS of a dapil, and
     * building a DPRD form (hundreds of cells) per row was a good part of reading a big package.
     */
    private final Map<String, Set<Integer>> onForm = new HashMap<>();

    private int index;

    Rows(Object file, ElectionDefinition election, RegionTree tree, RegionCode sender) {
      this.file = file;
      this.election = election;
      this.tree = tree;
      this.sender = sender;
    }

    void add(JsonNode node) {
      JsonNode row =
          node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
      index++;
      TpsResult r = row(row, file, index, election, tree, sender, onForm);
      if (!seen.add(r.tps().value() + "|" + r.contest().id() + "|" + r.source().id())) {
        throw RekapException.badInput(
            "package.error.row.duplicate", file, index, r.tps(), r.contest(), r.source().id());
      }
      out.add(r);
    }
  }

  private static TpsResult row(
      JsonNode row,
      Object file,
      int index,
      ElectionDefinition election,
      RegionTree tree,
      RegionCode sender,
      Map<String, Set<Integer>> forms) {
    if (!row.isObject()) {
      throw RekapException.badInput("package.error.row.shape", file, index, "object");
    }
    for (var it = row.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!KEYS.contains(name)) {
        throw RekapException.badInput("package.error.row.shape", file, index, name);
      }
    }
    String tpsText = row.path("tps").asText("");
    TpsCode tps =
        TpsCode.parse(tpsText)
            .filter(t -> t.value().equals(tpsText))
            .filter(t -> t.isWithin(sender) && tree.containsTps(t))
            .orElseThrow(
                () ->
                    RekapException.badInput(
                        sender.level() == RegionLevel.KECAMATAN
                            ? "package.error.row.tps"
                            : "package.error.row.tps.kabkota",
                        file,
                        index,
                        tpsText,
                        sender));
    String contestText = row.path("contest").asText("");
    Contest contest =
        ContestCode.of(contestText)
            .flatMap(election::contest)
            .filter(c -> c.code().id().equals(contestText) && c.appliesTo(tps))
            .orElseThrow(
                () ->
                    RekapException.badInput(
                        "package.error.row.contest", file, index, contestText, tps));
    String sourceText = row.path("source").asText("");
    Source source =
        Source.of(sourceText)
            .orElseThrow(
                () -> RekapException.badInput("package.error.row.source", file, index, sourceText));
    String expectedDapil = contest.dapilOf(tps).map(d -> d.code()).orElse(null);
    JsonNode dapilNode = row.path("dapil");
    String dapil = dapilNode.isTextual() ? dapilNode.asText() : null;
    boolean dapilOk =
        (dapilNode.isNull() || dapilNode.isMissingNode() || dapilNode.isTextual())
            && java.util.Objects.equals(dapil, expectedDapil);
    if (!dapilOk) {
      throw RekapException.badInput(
          "package.error.row.dapil", file, index, dapilNode.toString(), tps, expectedDapil);
    }
    JsonNode adminNode = row.path("admin");
    JsonNode votesNode = row.path("votes");
    if (!adminNode.isObject() || !votesNode.isObject()) {
      throw RekapException.badInput("package.error.row.shape", file, index, "admin/votes");
    }
    Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
    for (var e : adminNode.properties()) {
      AdminField f =
          FieldLabels.admin(e.getKey())
              .orElseThrow(
                  () ->
                      RekapException.badInput(
                          "package.error.row.field", file, index, tps, e.getKey()));
      admin.put(f, count(e.getValue(), file, index, tps, e.getKey()));
    }
    Set<Integer> onForm =
        forms.computeIfAbsent(
            contest.code().id() + "|" + expectedDapil,
            k -> Set.copyOf(KeyedForm.blank(contest, tps, source).votes().asMap().keySet()));
    Map<Integer, Integer> votes = new TreeMap<>();
    for (var e : votesNode.properties()) {
      Integer key =
          FieldLabels.vote(e.getKey())
              .filter(onForm::contains)
              .orElseThrow(
                  () ->
                      RekapException.badInput(
                          "package.error.row.field", file, index, tps, e.getKey()));
      votes.put(key, count(e.getValue(), file, index, tps, e.getKey()));
    }
    return new TpsResult(
        tps, contest.code(), source, expectedDapil, AdminBlock.of(admin), Votes.of(votes));
  }

  private static Integer count(JsonNode v, Object file, int index, TpsCode tps, String field) {
    if (v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0 || v.intValue() > MAX) {
      throw RekapException.badInput(
          "package.error.row.value", file, index, tps, field, v.toString());
    }
    return v.intValue();
  }
}
