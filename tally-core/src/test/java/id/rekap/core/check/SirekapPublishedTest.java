package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.Json;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionFromSirekap;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.RegionCode;
import id.rekap.core.result.VoteKey;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.Fixtures;
import id.rekap.core.support.SirekapTpsFiles;
import id.rekap.core.support.SirekapTpsFiles.Layout;
import id.rekap.core.support.SirekapTpsFiles.Numbers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, acceptance 3 and requirement 5: Sirekap's published aggregates are a separate source,
 * "Sirekap published", that never counts as results; rule R23 compares them per child region with
 * the plenary's recap. The KPU of Kab. Adm. Kepulauan Seribu counting the DKI governor is fed
 * Sirekap's real kab/kota aggregate (Pilkada shape, docs/election-facts.md §11.1: 6,578 / 653 /
 * 7,456 over 41 TPS) and TPS files that add up to it, then TPS files that do not.
 */
class SirekapPublishedTest {
  private static final List<String> IDS = List.of("1000023", "1000024", "1000025");

  /** The real per-kecamatan numbers of §11.1. */
  private static final Map<String, int[]> KECAMATAN =
      Map.of("310101", new int[] {3_985, 257, 4_284}, "310102", new int[] {2_593, 396, 3_172});

  @TempDir Path dir;
  private Workspace ws;
  private Path aggregate;

  @BeforeEach
  void kepulauanSeribuGovernor() {
    Path election = dir.resolve("pilkada-dki.json");
    ElectionFromSirekap.write(
        ElectionFromSirekap.build(
            new ElectionFromSirekap.Request(
                List.of(Fixtures.path("sirekap-paslon/pilkada/pkwkp.json")),
                new RegionCode("3101"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ElectionDefinition.Mode.TEST)),
        election,
        false);
    ws = Workspaces.create(dir.resolve("ws"), WorkspaceLevel.KABKOTA, "3101", election);
    ws.importRegions(
        Workspaces.CLERK, List.of(Fixtures.path("pilkada-3101/wilayah-pilkada-3101.json")));
    assertThat(ws.regionTree().tpsCount()).isEqualTo(41);
    aggregate = Fixtures.path("pilkada-3101/hhcw/pkwkp/31/3101.json");
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void tpsResultsThatAddUpToSirekapGiveNoFinding() {
    importTps(Map.of());
    ImportSummary s = Workspaces.importFiles(ws, aggregate);
    assertThat(s.refused()).isEmpty();
    assertThat(s.published()).isEqualTo(1);
    assertThat(s.imported()).isZero();
    var row = ws.recap().run(ContestCode.PKWKP, RecapLevel.KABKOTA).getFirst();
    assertThat(row.tally().votes(VoteKey.candidate(1))).isEqualTo(6_578L);
    assertThat(row.tally().votes(VoteKey.candidate(2))).isEqualTo(653L);
    assertThat(row.tally().votes(VoteKey.candidate(3))).isEqualTo(7_456L);
    assertThat(r23(ws)).isEmpty();
  }

  @Test
  void oneFindingPerKecamatanThatDiffers() {
    // TPS 3101021002005 (Pulau Tidung) counted 7 votes fewer for pair 2 than Sirekap shows
    importTps(Map.of("3101021002005", -7));
    Workspaces.importFiles(ws, aggregate);
    List<Finding> found = r23(ws);
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("310102");
              assertThat(f.level()).isEqualTo(RecapLevel.KECAMATAN);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.values().get("sirekap"))
                  .isEqualTo(Map.of("1", 2_593, "2", 396, "3", 3_172));
              assertThat(f.values().get("plenary"))
                  .isEqualTo(Map.of("1", 2_593L, "2", 389L, "3", 3_172L));
              assertThat(f.values().get("differs")).isEqualTo(List.of("2"));
              assertThat(f.message(Messages.INDONESIAN))
                  .isEqualTo(
                      "Sirekap menampilkan (1) 2.593 · (2) 396 · (3) 3.172 (18/18 TPS),"
                          + " pleno (1) 2.593 · (2) 389 · (3) 3.172 (18/18 TPS)");
              assertThat(f.message(Locale.ENGLISH)).startsWith("Sirekap shows (1) 2.593");
            });
  }

  @Test
  void aDifferenceInTheOtherKecamatanOrAMissingTpsIsFound() {
    importTps(Map.of("3101011001001", +3, "3101021003005", 0));
    Workspaces.importFiles(ws, aggregate);
    // drop one TPS of 310102 from the plenary: remove its file and rebuild
    List<Finding> found = r23(ws);
    assertThat(found).extracting(Finding::code).containsExactly("310101");
    try (Workspace fresh = freshWithout("3101021003005")) {
      Workspaces.importFiles(fresh, aggregate);
      assertThat(r23(fresh))
          .extracting(Finding::code, f -> f.values().get("plenaryTps"))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("310102", 17));
    }
  }

  @Test
  void aDesaFileComparesEveryTpsAndAFileOfAnotherRegionIsOutside() throws Exception {
    importTps(Map.of());
    // Pulau Harapan (4 TPS): Sirekap's desa file lists each TPS as a row
    ObjectNode doc = Json.mapper().createObjectNode();
    doc.put("mode", "hhcw").put("psu", "Reguler").put("ts", "2024-11-28 18:00:00");
    ObjectNode table = doc.putObject("tungsura").putObject("table");
    for (var r : ws.recap().run(ContestCode.PKWKP, RecapLevel.TPS)) {
      if (r.code().startsWith("3101011003")) {
        ObjectNode row = table.putObject(r.code());
        row.put("psu", "Reguler");
        for (int i = 0; i < 3; i++) {
          row.put(IDS.get(i), r.tally().votes(VoteKey.candidate(i + 1)));
        }
        row.putObject("progres").put("total", 1).put("persen", 100.0).put("progres", 1);
        row.put("status_progress", true);
      }
    }
    ((ObjectNode) table.get("3101011003002")).put("1000025", 999);
    Path folder = dir.resolve("files/desa/hhcw");
    Path desa = folder.resolve("pkwkp/31/3101/310101/3101011003.json");
    Files.createDirectories(desa.getParent());
    Files.writeString(desa, Json.mapper().writeValueAsString(doc));
    // the same folder holds another kabupaten's file, as a provincial download would
    Path other = folder.resolve("pkwkp/32/3201.json");
    Files.createDirectories(other.getParent());
    Files.writeString(other, "{\"tungsura\": {\"table\": {}}}");
    ImportSummary s = Workspaces.importFiles(ws, folder);
    assertThat(s.refused()).isEmpty();
    assertThat(s.published()).isEqualTo(1);
    assertThat(s.outside()).isEqualTo(1);
    assertThat(r23(ws))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RecapLevel.TPS);
              assertThat(f.code()).isEqualTo("3101011003002");
              assertThat(f.values().get("differs")).isEqualTo(List.of("3"));
            });
  }

  @Test
  void publishedFiguresNeverCountAsResults() {
    var before = ws.recap().run(ContestCode.PKWKP, RecapLevel.KECAMATAN);
    Workspaces.importFiles(ws, aggregate);
    var after = ws.recap().run(ContestCode.PKWKP, RecapLevel.KECAMATAN);
    assertThat(after).extracting(r -> r.received()).containsExactly(0, 0);
    assertThat(after.getFirst().tally().votes(VoteKey.candidate(1))).isNull();
    assertThat(after)
        .extracting(r -> r.code())
        .isEqualTo(before.stream().map(r -> r.code()).toList());
    assertThat(ws.status().run().getFirst().received()).isZero();
    // with nothing counted yet, Sirekap's numbers differ from the plenary's empty recap
    assertThat(r23(ws)).extracting(Finding::code).containsExactly("310101", "310102");
  }

  @Test
  void theSameFileAgainChangesNothingAndAuditsOnce() throws Exception {
    Workspaces.importFiles(ws, aggregate);
    // its one event (ADR 0040): the contest, the parent region, the file and its rows
    JsonNode event = AuditEvents.last(ws, AuditAction.PUBLISHED_IMPORT, "user:petugas");
    assertThat(event.path("contest").asText()).isEqualTo("pkwkp");
    assertThat(event.path("region").asText()).isEqualTo("3101");
    assertThat(event.path("file").asText()).isEqualTo(aggregate.toString());
    assertThat(event.path("sha256").asText()).isEqualTo(Sha256.hex(Files.readAllBytes(aggregate)));
    assertThat(event.path("rows").asInt()).isEqualTo(KECAMATAN.size());
    assertThat(event.path("ts").asText()).isEqualTo("2024-12-02 10:00:00");
    assertThat(event.has("replaces")).isFalse();
    var before = StoreDump.of(ws);
    ImportSummary again = Workspaces.importFiles(ws, aggregate);
    assertThat(again.published()).isZero();
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void aDamagedAggregateIsRefusedAndChangesNothing() throws Exception {
    var before = StoreDump.of(ws);
    ObjectNode doc = (ObjectNode) Json.mapper().readTree(aggregate.toFile());
    ObjectNode row = (ObjectNode) doc.get("tungsura").get("table").get("310101");
    row.put("+1000024", 257);
    Path bad = write("a/pkwkp/31/3101.json", doc);
    assertRefused(bad, "result.error.unknownKey", "tungsura.table.310101.+1000024");

    doc = (ObjectNode) Json.mapper().readTree(aggregate.toFile());
    ((ObjectNode) doc.get("tungsura").get("table")).set("320101", row.deepCopy());
    Path notChild = write("b/pkwkp/31/3101.json", doc);
    assertRefused(notChild, "published.error.child", "320101", "3101");

    doc = (ObjectNode) Json.mapper().readTree(aggregate.toFile());
    doc.set("table", doc.get("tungsura").get("table").deepCopy());
    Path both = write("c/pkwkp/31/3101.json", doc);
    assertRefused(both, "published.error.shape.unknown");

    // an aggregate saved under a TPS's name
    Path asTps =
        write(
            "d/pkwkp/31/3101/310101/3101011001/3101011001001.json",
            (ObjectNode) Json.mapper().readTree(aggregate.toFile()));
    assertRefused(asTps, "result.error.aggregateAsTps");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void thePemiluShapeOfTheRealPresidentialSample() throws Exception {
    // The real 88 PPWP files of Kep. Seribu, and an aggregate in Sirekap's Pemilu shape (§7.1)
    // holding their per-kecamatan sums: no finding; one kecamatan shown otherwise: one finding.
    try (Workspace sample = Workspaces.sample(dir.resolve("sample"))) {
      var rows =
          sample
              .recap()
              .run(
                  ContestCode.PPWP,
                  RecapLevel.KECAMATAN,
                  Optional.of(id.rekap.core.result.Source.SIREKAP));
      ObjectNode doc = Json.mapper().createObjectNode();
      doc.put("ts", "2024-02-22 17:00:16");
      doc.put("psu", "Reguler");
      doc.put("mode", "hhcw");
      ObjectNode chart = doc.putObject("chart");
      ObjectNode table = doc.putObject("table");
      String[] ids = {"100025", "100026", "100027"};
      for (var r : rows) {
        ObjectNode t = table.putObject(r.code());
        t.put("psu", "Reguler");
        for (int i = 0; i < 3; i++) {
          t.put(ids[i], r.tally().votes(VoteKey.candidate(i + 1)));
        }
        t.put("persen", 100.0 * r.received() / r.expected());
        t.put("status_progress", true);
      }
      chart.put("persen", 92.05);
      doc.putObject("progres").put("total", 88).put("progres", 81);
      Path agg = write("pemilu/ppwp/31/3101.json", doc);
      ImportSummary s = Workspaces.importFiles(sample, agg);
      assertThat(s.published()).isEqualTo(1);
      assertThat(r23(sample)).isEmpty();

      ((ObjectNode) table.get("310101"))
          .put("100026", table.get("310101").get("100026").asInt() + 800);
      Path changed = write("pemilu2/ppwp/31/3101.json", doc);
      assertThat(Workspaces.importFiles(sample, changed).published()).isEqualTo(1);
      assertThat(r23(sample))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.code()).isEqualTo("310101");
                assertThat(f.message().key()).isEqualTo("rule.R23.votes");
                assertThat(f.values().get("differs")).isEqualTo(List.of("2"));
              });
    }
  }

  /** Writes the 41 TPS so that each kecamatan adds up to the real numbers, then shifts pair 2. */
  private void importTps(Map<String, Integer> shiftPair2) {
    importTps(ws, shiftPair2, List.of());
  }

  private static void importTps(
      Workspace into, Map<String, Integer> shiftPair2, List<String> skip) {
    Path files = into.folder().resolve("hhcw");
    for (var kec : KECAMATAN.entrySet()) {
      List<String> tps =
          into.regionTree().allTps().stream()
              .map(t -> t.code().value())
              .filter(c -> c.startsWith(kec.getKey()))
              .sorted()
              .toList();
      List<List<Integer>> split = new ArrayList<>();
      for (int v : kec.getValue()) {
        split.add(SirekapTpsFiles.split(v, tps.size()));
      }
      for (int i = 0; i < tps.size(); i++) {
        if (skip.contains(tps.get(i))) {
          continue;
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (int c = 0; c < 3; c++) {
          int v = split.get(c).get(i);
          if (c == 1) {
            v += shiftPair2.getOrDefault(tps.get(i), 0);
          }
          votes.put(IDS.get(c), v);
        }
        SirekapTpsFiles.write(
            files, Layout.PILKADA, "pkwkp", new Numbers(tps.get(i), votes, 4, 560), null);
      }
    }
    ImportSummary s = Workspaces.importFiles(into, files);
    assertThat(s.refused()).isEmpty();
    assertThat(s.imported()).isEqualTo(41 - skip.size());
  }

  private Workspace freshWithout(String tps) {
    Workspace fresh =
        Workspaces.create(
            dir.resolve("fresh"),
            WorkspaceLevel.KABKOTA,
            "3101",
            ws.folder().getParent().resolve("pilkada-dki.json"));
    fresh.importRegions(
        Workspaces.CLERK, List.of(Fixtures.path("pilkada-3101/wilayah-pilkada-3101.json")));
    importTps(fresh, Map.of(), List.of(tps));
    return fresh;
  }

  private static List<Finding> r23(Workspace w) {
    return w.check().run().findings().stream().filter(f -> f.rule().equals("R23")).toList();
  }

  private Path write(String relative, ObjectNode doc) throws Exception {
    Path f = dir.resolve("files").resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, Json.mapper().writeValueAsString(doc));
    return f;
  }

  private void assertRefused(Path file, String key, String... parts) {
    ImportSummary s = Workspaces.importFiles(ws, file);
    assertThat(s.applied()).isFalse();
    RekapException e = s.refused().getFirst();
    assertThat(e.key()).isEqualTo(key);
    assertThat(e.kind().exitStatus()).isEqualTo(3);
    assertThat(e.getMessage()).contains(file.getFileName().toString());
    for (String part : parts) {
      assertThat(e.getMessage()).contains(part);
      assertThat(e.localized(Locale.ENGLISH)).contains(part);
    }
  }
}
