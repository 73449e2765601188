package id.rekap.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.check.PackageDiscrepancy;
import id.rekap.core.common.Json;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.Recap;
import id.rekap.core.recap.RecapDocument;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.TpsResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes a received package's totals from its own per-TPS rows and compares them with the
 * totals it declares ({@code aggregates/<contest>-<level>.json}). Every figure of a row is compared
 * (votes, valid, invalid, total, the admin and detail fields, TPS received); the name and the
 * expected TPS count come from master data, not from the rows, and are not. A difference is not a
 * reason to refuse: the plenary must see it (rule R22).
 */
final class DeclaredAggregates {
  /**
   * The levels compared when the package declares them; a kab/kota's package (for a province) also
   * declares its kab/kota total, a PPK's does not.
   */
  private static final List<RecapLevel> LEVELS =
      List.of(RecapLevel.KABKOTA, RecapLevel.KECAMATAN, RecapLevel.DESA);

  private DeclaredAggregates() {}

  static List<PackageDiscrepancy> compare(
      Map<String, byte[]> entries,
      Object file,
      ElectionDefinition election,
      RegionTree tree,
      RegionCode sender,
      int sequence,
      List<TpsResult> adopted) {
    List<PackageDiscrepancy> out = new ArrayList<>();
    // Only the sender's part of the tree, and each contest's own rows: a province's tree holds
    // every TPS of the province, and walking all of it for each package, contest and level made the
    // comparison grow with the province times the packages (issue 20 §3).
    RegionTree senderTree = tree.within(sender);
    Map<ContestCode, List<TpsResult>> byContest = new EnumMap<>(ContestCode.class);
    for (TpsResult r : adopted) {
      byContest.computeIfAbsent(r.contest(), c -> new ArrayList<>()).add(r);
    }
    for (Contest contest : election.contests()) {
      List<TpsResult> rowsOfContest = byContest.getOrDefault(contest.code(), List.of());
      for (RecapLevel level : LEVELS) {
        String name = "aggregates/" + contest.code().id() + "-" + level.id() + ".json";
        byte[] bytes = entries.get(name);
        if (bytes == null) {
          if (level == RecapLevel.KECAMATAN) {
            throw RekapException.badInput("package.error.aggregates", file, name, "missing");
          }
          continue;
        }
        JsonNode declared = read(bytes, file, name, contest, level);
        Map<String, JsonNode> recomputed =
            recomputed(contest, level, senderTree, sender, rowsOfContest);
        for (JsonNode row : declared.path("rows")) {
          String code = row.path("code").asText("");
          if (!code.startsWith(sender.value())) {
            throw RekapException.badInput("package.error.aggregates", file, name, code);
          }
          JsonNode mine = recomputed.get(code);
          if (mine == null) {
            throw RekapException.badInput("package.error.aggregates", file, name, code);
          }
          compareRow(contest, level, code, sender, sequence, row, mine).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static JsonNode read(
      byte[] bytes, Object file, String name, Contest contest, RecapLevel level) {
    try {
      JsonNode doc = Json.mapper().readTree(JsonInput.parser(bytes));
      if (doc == null
          || !RecapDocument.FORMAT.equals(doc.path("format").asText())
          || !contest.code().id().equals(doc.path("contest").asText())
          || !level.id().equals(doc.path("level").asText())
          || !doc.path("rows").isArray()) {
        throw RekapException.badInput("package.error.aggregates", file, name, "format");
      }
      return doc;
    } catch (IOException e) {
      throw RekapException.badInput("package.error.aggregates", file, name, e.getMessage());
    }
  }

  /** The rows recomputed here from the package's TPS rows, as recap JSON by region code. */
  private static Map<String, JsonNode> recomputed(
      Contest contest,
      RecapLevel level,
      RegionTree tree,
      RegionCode sender,
      List<TpsResult> adopted) {
    Map<String, JsonNode> out = new HashMap<>();
    List<RecapRow> rows =
        Recap.compute(contest, tree, level, adopted).stream()
            .filter(r -> r.code().startsWith(sender.value()))
            .toList();
    JsonNode doc = Json.mapper().valueToTree(RecapDocument.of(contest, level, rows));
    for (JsonNode row : doc.path("rows")) {
      out.put(row.path("code").asText(), row);
    }
    return out;
  }

  private static java.util.Optional<PackageDiscrepancy> compareRow(
      Contest contest,
      RecapLevel level,
      String code,
      RegionCode sender,
      int sequence,
      JsonNode declared,
      JsonNode mine) {
    if (equivalent("", declared, mine)) {
      // the usual case, decided without flattening both rows into maps of dotted paths
      return java.util.Optional.empty();
    }
    Map<String, JsonNode> theirs = new TreeMap<>();
    Map<String, JsonNode> ours = new TreeMap<>();
    flatten("", declared, theirs);
    flatten("", mine, ours);
    List<String> fields = new ArrayList<>();
    List<Object> declaredValues = new ArrayList<>();
    List<Object> recomputedValues = new ArrayList<>();
    java.util.Set<String> all = new java.util.TreeSet<>(theirs.keySet());
    all.addAll(ours.keySet());
    for (String field : all) {
      if (!compared(field)) {
        continue;
      }
      JsonNode a = theirs.get(field);
      JsonNode b = ours.get(field);
      if (!same(a, b)) {
        fields.add(field);
        declaredValues.add(value(a));
        recomputedValues.add(value(b));
      }
    }
    if (fields.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new PackageDiscrepancy(
            contest.code(),
            level,
            code,
            sender.value(),
            sequence,
            fields,
            declaredValues,
            recomputedValues));
  }

  /**
   * Whether two rows have the same shape (the same fields, arrays of the same length) and the same
   * compared figures, by the rules of {@link #same}. True implies that the flattened comparison
   * finds no difference; false only sends the rows to it.
   */
  private static boolean equivalent(String path, JsonNode a, JsonNode b) {
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        JsonNode other = b.get(e.getKey());
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (other == null || !equivalent(child, e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equivalent(path + "[" + i + "]", a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isContainerNode() || b.isContainerNode()) {
      return false;
    }
    return !compared(path) || same(a, b);
  }

  /** Figures that come from the rows; name, code, expected TPS and dapils come from master data. */
  private static boolean compared(String field) {
    return !field.equals("code")
        && !field.equals("name")
        && !field.equals("tps.expected")
        && !field.startsWith("dapils");
  }

  private static boolean same(JsonNode a, JsonNode b) {
    boolean aNull = a == null || a.isNull();
    boolean bNull = b == null || b.isNull();
    if (aNull || bNull) {
      return aNull && bNull;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static Object value(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return n.isNumber() ? n.numberValue() : n.asText();
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode item : node) {
        flatten(prefix + "[" + i++ + "]", item, out);
      }
    } else {
      out.put(prefix, node);
    }
  }
}
