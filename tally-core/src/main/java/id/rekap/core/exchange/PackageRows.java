package id.rekap.core.exchange;

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
    JsonNode doc;
    try {
      doc = Json.mapper().readTree(JsonInput.parser(json));
    } catch (IOException e) {
      throw RekapException.badInput("package.error.json", file, ENTRY, e.getMessage());
    }
    if (doc == null
        || !FORMAT.equals(doc.path("format").asText())
        || !doc.path("results").isArray()) {
      throw RekapException.badInput("package.error.json", file, ENTRY, "format");
    }
    List<TpsResult> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonNode row : doc.path("results")) {
      index++;
      TpsResult r = row(row, file, index, election, tree, sender);
      if (!seen.add(r.tps().value() + "|" + r.contest().id() + "|" + r.source().id())) {
        throw RekapException.badInput(
            "package.error.row.duplicate", file, index, r.tps(), r.contest(), r.source().id());
      }
      out.add(r);
    }
    return out;
  }

  private static TpsResult row(
      JsonNode row,
      Object file,
      int index,
      ElectionDefinition election,
      RegionTree tree,
      RegionCode sender) {
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
    Set<Integer> onForm = KeyedForm.blank(contest, tps, source).votes().asMap().keySet();
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
