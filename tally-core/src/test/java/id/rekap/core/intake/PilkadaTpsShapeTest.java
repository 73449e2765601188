package id.rekap.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionFromSirekap;
import id.rekap.core.recap.RecapDocument;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.RegionCode;
import id.rekap.core.result.VoteKey;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.Fixtures;
import id.rekap.core.support.SirekapTpsFiles;
import id.rekap.core.support.SirekapTpsFiles.Layout;
import id.rekap.core.support.SirekapTpsFiles.Numbers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, acceptance 1: real Pilkada TPS files nest the votes and the administrative block under
 * {@code tungsura} (docs/election-facts.md §11.1). A PPK of Kec. Bakongan (Aceh Selatan) counting
 * the governor (Aceh) and the bupati (Aceh Selatan) imports such files, with Sirekap's {@code
 * "null": null} artefact, and the recap is exact; the same numbers in the Pemilu layout give the
 * same recap; a file of neither layout is refused and changes nothing. The definition comes from
 * the candidate masters ({@code election from-sirekap}) and the TPS from the real Sirekap region
 * lists.
 */
class PilkadaTpsShapeTest {
  private static final String KEC = "110101";

  @TempDir Path dir;
  private Path election;
  private List<Numbers> gubernur;
  private List<Numbers> bupati;

  @BeforeEach
  void electionAndNumbers() throws Exception {
    election = dir.resolve("pilkada.json");
    ElectionFromSirekap.write(
        ElectionFromSirekap.build(
            new ElectionFromSirekap.Request(
                List.of(
                    Fixtures.path("sirekap-paslon/pilkada/pkwkp.json"),
                    Fixtures.path("sirekap-paslon/pilkada/pkwkk.json")),
                new RegionCode(KEC),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ElectionDefinition.Mode.TEST)),
        election,
        false);
    gubernur = new ArrayList<>();
    bupati = new ArrayList<>();
    int i = 0;
    for (String tps : tpsOfBakongan()) {
      i++;
      gubernur.add(
          new Numbers(tps, Map.of("1000001", 100 + 7 * i, "1000002", 180 - 5 * i), i % 4, 560));
      bupati.add(
          new Numbers(
              tps,
              ordered("1000105", 60 + i, "1000106", 90 + 3 * i, "1000107", 120 - 2 * i),
              (i + 1) % 3,
              560));
    }
  }

  @Test
  void tungsuraFilesImportAndRecapExactly() {
    Path files = dir.resolve("hhcw");
    writeAll(files, Layout.PILKADA);
    // Two TPS not yet read, as Sirekap publishes them: tungsura with null blocks.
    SirekapTpsFiles.notDigitised(files, Layout.PILKADA, "pkwkp", "1101012017001");
    SirekapTpsFiles.notDigitised(files, Layout.PILKADA, "pkwkk", "1101012017001");
    try (Workspace ws = workspace("pilkada")) {
      ImportSummary s = Workspaces.importFiles(ws, files);
      assertThat(s.refused()).isEmpty();
      assertThat(s.imported()).isEqualTo(28);
      assertThat(s.notDigitised()).isEqualTo(2);

      assertRecap(ws, ContestCode.PKWKP, gubernur, List.of("1000001", "1000002"));
      assertRecap(ws, ContestCode.PKWKK, bupati, List.of("1000105", "1000106", "1000107"));
      var status = ws.status().run();
      assertThat(status).extracting(c -> c.received()).containsExactly(14, 14);
      assertThat(status).extracting(c -> c.expected()).containsExactly(15, 15);
    }
  }

  @Test
  void theSameNumbersInThePemiluLayoutGiveTheSameRecap() {
    Path pilkada = dir.resolve("pilkada/hhcw");
    Path pemilu = dir.resolve("pemilu/hhcw");
    writeAll(pilkada, Layout.PILKADA);
    writeAll(pemilu, Layout.PEMILU);
    try (Workspace a = workspace("a");
        Workspace b = workspace("b")) {
      assertThat(Workspaces.importFiles(a, pilkada).imported()).isEqualTo(28);
      assertThat(Workspaces.importFiles(b, pemilu).imported()).isEqualTo(28);
      for (ContestCode c : List.of(ContestCode.PKWKP, ContestCode.PKWKK)) {
        for (RecapLevel level : List.of(RecapLevel.TPS, RecapLevel.DESA, RecapLevel.KECAMATAN)) {
          assertThat(recapJson(a, c, level))
              .as("%s %s", c, level)
              .isEqualTo(recapJson(b, c, level));
        }
      }
      assertThat(a.check().run().findings()).isEqualTo(b.check().run().findings());
    }
  }

  @Test
  void aFileOfNeitherLayoutIsRefusedAndChangesNothing() throws Exception {
    Path files = dir.resolve("hhcw");
    writeAll(files, Layout.PILKADA);
    try (Workspace ws = workspace("ws")) {
      Workspaces.importFiles(ws, files);
      var before = StoreDump.of(ws);
      // votes under a key Sirekap never used: nothing says "not digitised", nothing can be read
      Path odd =
          SirekapTpsFiles.writeJson(
              dir.resolve("odd"),
              "pkwkp",
              "1101012001001",
              (com.fasterxml.jackson.databind.node.ObjectNode)
                  Json.mapper()
                      .readTree(
                          "{\"mode\": \"hhcw\", \"psu\": null, \"ts\": \"2024-11-28 10:00:00\","
                              + " \"hasil\": {\"chart\": {\"1000001\": 120, \"1000002\": 80}}}"));
      ImportSummary s = Workspaces.importFiles(ws, odd);
      assertThat(s.applied()).isFalse();
      assertThat(s.notDigitised()).isZero();
      RekapException e = s.refused().getFirst();
      assertThat(e.key()).isEqualTo("result.error.shape");
      assertThat(e.kind().exitStatus()).isEqualTo(3);
      assertThat(e.getMessage()).contains("1101012001001.json", "tungsura");
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void bothLayoutsInOneFileOrATungsuraWithoutChartAreRefused() throws Exception {
    Numbers n = gubernur.getFirst();
    var both = SirekapTpsFiles.document(Layout.PILKADA, "pkwkp", n, null);
    both.set("chart", both.get("tungsura").get("chart").deepCopy());
    var noChart = SirekapTpsFiles.document(Layout.PILKADA, "pkwkp", n, null);
    ((com.fasterxml.jackson.databind.node.ObjectNode) noChart.get("tungsura")).remove("chart");
    try (Workspace ws = workspace("ws")) {
      var before = StoreDump.of(ws);
      Path f1 = SirekapTpsFiles.writeJson(dir.resolve("both"), "pkwkp", n.tps(), both);
      Path f2 = SirekapTpsFiles.writeJson(dir.resolve("nochart"), "pkwkp", n.tps(), noChart);
      assertThat(Workspaces.importFiles(ws, f1).refused())
          .singleElement()
          .extracting(RekapException::key)
          .isEqualTo("result.error.bothShapes");
      assertThat(Workspaces.importFiles(ws, f2).refused())
          .singleElement()
          .extracting(RekapException::key)
          .isEqualTo("result.error.shape");
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void aWholeTungsuraNullIsNotYetDigitised() throws Exception {
    var doc = SirekapTpsFiles.document(Layout.PILKADA, "pkwkp", gubernur.getFirst(), null);
    doc.putNull("tungsura");
    Path f = SirekapTpsFiles.writeJson(dir.resolve("null"), "pkwkp", "1101012001001", doc);
    try (Workspace ws = workspace("ws")) {
      ImportSummary s = Workspaces.importFiles(ws, f);
      assertThat(s.refused()).isEmpty();
      assertThat(s.notDigitised()).isEqualTo(1);
      assertThat(s.imported()).isZero();
    }
  }

  @Test
  void everyContestShapeReadsAlikeInBothLayouts() throws Exception {
    // Party lists and DPD, generated in the Pemilu layout, then moved under tungsura: the same
    // recap (the reader does not depend on the contest for the layout).
    var random = new java.util.Random(20241127);
    var synthetic = new id.rekap.core.support.SyntheticElection(random);
    Path definition = dir.resolve("synthetic.json");
    Files.writeString(definition, synthetic.definition());
    var hierarchy =
        id.rekap.core.support.ExpectedRecap.Hierarchy.kawalPemilu(
            Workspaces.demoFiles().resolve(id.rekap.core.demo.DemoData.REGIONS),
            id.rekap.core.demo.DemoData.REGION);
    Path pemilu = dir.resolve("synthetic-pemilu");
    List<String> contests = new ArrayList<>(synthetic.partyListContests());
    contests.add("pdpd");
    for (String c : contests) {
      synthetic.writeFiles(pemilu, c, hierarchy.tps(), random);
    }
    Path pilkada = dir.resolve("synthetic-pilkada");
    try (var walk = Files.walk(pemilu)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        var doc =
            (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(f.toFile());
        var t = Json.mapper().createObjectNode();
        t.set("chart", doc.remove("chart"));
        t.set("administrasi", doc.remove("administrasi"));
        if (doc.path("status_suara").isBoolean() && !doc.get("status_suara").asBoolean()) {
          t.putNull("chart");
        }
        doc.remove("status_suara");
        doc.remove("status_adm");
        doc.set("tungsura", t);
        Path to = pilkada.resolve(pemilu.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.writeString(to, Json.mapper().writeValueAsString(doc));
      }
    }
    try (Workspace a =
            Workspaces.create(dir.resolve("sa"), WorkspaceLevel.KABKOTA, "3101", definition);
        Workspace b =
            Workspaces.create(dir.resolve("sb"), WorkspaceLevel.KABKOTA, "3101", definition)) {
      for (Workspace w : List.of(a, b)) {
        w.importRegions(
            Workspaces.CLERK,
            List.of(Workspaces.demoFiles().resolve(id.rekap.core.demo.DemoData.REGIONS)));
      }
      ImportSummary sa = Workspaces.importFiles(a, pemilu);
      ImportSummary sb = Workspaces.importFiles(b, pilkada);
      assertThat(sb.refused()).isEmpty();
      assertThat(sb.imported()).isEqualTo(sa.imported()).isPositive();
      assertThat(sb.notDigitised()).isEqualTo(sa.notDigitised());
      for (String c : contests) {
        ContestCode code = ContestCode.of(c).orElseThrow();
        assertThat(recapJson(b, code, RecapLevel.DESA))
            .isEqualTo(recapJson(a, code, RecapLevel.DESA));
      }
    }
  }

  private void writeAll(Path root, Layout layout) {
    for (Numbers n : gubernur) {
      if (!n.tps().equals("1101012017001") || layout == Layout.PEMILU) {
        SirekapTpsFiles.write(root, layout, "pkwkp", n, null);
      }
    }
    for (Numbers n : bupati) {
      if (!n.tps().equals("1101012017001") || layout == Layout.PEMILU) {
        SirekapTpsFiles.write(root, layout, "pkwkk", n, null);
      }
    }
    if (layout == Layout.PEMILU) {
      SirekapTpsFiles.notDigitised(root, layout, "pkwkp", "1101012017001");
      SirekapTpsFiles.notDigitised(root, layout, "pkwkk", "1101012017001");
    }
  }

  /** The kecamatan sums, computed here from the numbers, against the recap. */
  private static void assertRecap(
      Workspace ws, ContestCode contest, List<Numbers> numbers, List<String> ids) {
    var row = ws.recap().run(contest, RecapLevel.KECAMATAN).getFirst();
    assertThat(row.code()).isEqualTo(KEC);
    assertThat(row.received()).isEqualTo(14);
    List<Numbers> counted = numbers.stream().filter(n -> !n.tps().equals("1101012017001")).toList();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      long expected = counted.stream().mapToLong(n -> n.votes().get(id)).sum();
      assertThat(row.tally().votes(VoteKey.candidate(i + 1))).as(id).isEqualTo(expected);
    }
    assertThat(row.tally().admin(id.rekap.core.result.AdminField.VALID))
        .isEqualTo(counted.stream().mapToLong(Numbers::valid).sum());
    assertThat(row.tally().admin(id.rekap.core.result.AdminField.INVALID))
        .isEqualTo(counted.stream().mapToLong(Numbers::invalid).sum());
    assertThat(row.tally().admin(id.rekap.core.result.AdminField.DPT))
        .isEqualTo(counted.stream().mapToLong(Numbers::dpt).sum());
  }

  private static String recapJson(Workspace ws, ContestCode c, RecapLevel level) {
    return Json.canonicalOrdered(
        RecapDocument.of(ws.recap().contest(c), level, ws.recap().run(c, level)));
  }

  private Workspace workspace(String name) {
    Workspace ws = Workspaces.create(dir.resolve(name), WorkspaceLevel.KECAMATAN, KEC, election);
    var s =
        ws.importRegions(
            Workspaces.CLERK, List.of(Fixtures.path("sirekap-wilayah/pemilu/ppwp/11")));
    assertThat(s.tpsAdded()).isEqualTo(15);
    return ws;
  }

  /** The 15 TPS of Kec. Bakongan in the real Sirekap region lists. */
  private static List<String> tpsOfBakongan() throws Exception {
    List<String> out = new ArrayList<>();
    Path kec = Fixtures.path("sirekap-wilayah/pemilu/ppwp/11/1101/110101");
    try (var files = Files.list(kec)) {
      for (Path f : files.sorted().toList()) {
        for (var e : Json.mapper().readTree(f.toFile())) {
          out.add(e.get("kode").asText());
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static Map<String, Integer> ordered(Object... kv) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Integer) kv[i + 1]);
    }
    return m;
  }
}
