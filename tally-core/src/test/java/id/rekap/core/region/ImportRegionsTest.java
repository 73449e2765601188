package id.rekap.core.region;

import static id.rekap.core.store.generated.Tables.REGION;
import static id.rekap.core.store.generated.Tables.TPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.RekapException;
import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.ExpectedRecap.Hierarchy;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Region and TPS master data from the three accepted kinds of file: the KawalPemilu hierarchy (the
 * demo's real 3101 file), Sirekap region lists (the real Aceh lists down to the TPS of Kec.
 * Bakongan) and Rekap's own CSV. Imports are idempotent and keep only the workspace's scope; a file
 * with nothing in scope and a TPS whose desa is unknown are refused without changing the store.
 */
class ImportRegionsTest {
  @TempDir Path dir;

  @Test
  void kawalPemiluFileIntoAKabKotaWorkspace() {
    Path file = Workspaces.demoFiles().resolve(DemoData.REGIONS);
    try (Workspace ws = empty(WorkspaceLevel.KABKOTA, "3101")) {
      var s = ws.importRegions(Workspaces.CLERK, List.of(file));
      // 31, 3101, two kecamatan, six desa; 88 TPS
      assertThat(s).isEqualTo(new ImportRegions.Summary(1, 10, 0, 88, 0, 0));
      Hierarchy h = Hierarchy.kawalPemilu(file, "3101");
      assertThat(tpsCodes(ws)).isEqualTo(h.tps());
      assertThat(regionNames(ws))
          .containsAllEntriesOf(h.names())
          .containsEntry("31", "DKI JAKARTA");
      RegionTree tree = ws.regionTree();
      assertThat(tree.tpsCount()).isEqualTo(88);
      // Pulau Kelapa: TPS 001..019 plus the extension 901..908
      var kelapa = tree.tpsUnder(new RegionCode("3101011002"));
      assertThat(kelapa).hasSize(27);
      assertThat(kelapa.stream().map(t -> t.code().number()).toList())
          .startsWith(1, 2)
          .endsWith(19, 901, 902, 903, 904, 905, 906, 907, 908);
      assertThat(tree.tps(new TpsCode("3101011002905")).orElseThrow().name()).isEqualTo("TPS 905");
      assertThat(tree.regionsAt(RegionLevel.DESA)).hasSize(6);
      assertThat(tree.regionsAt(RegionLevel.KECAMATAN))
          .extracting(Region::name)
          .containsExactly("KEPULAUAN SERIBU UTARA", "KEPULAUAN SERIBU SELATAN");
    }
  }

  @Test
  void kawalPemiluFileIntoAKecamatanWorkspaceKeepsOnlyItsKecamatan() {
    Path file = Workspaces.demoFiles().resolve(DemoData.REGIONS);
    try (Workspace ws = empty(WorkspaceLevel.KECAMATAN, "310101")) {
      var s = ws.importRegions(Workspaces.CLERK, List.of(file));
      // ancestors 31 and 3101 (for headers), 310101, three desa; 18 + 27 + 8 TPS
      assertThat(s).isEqualTo(new ImportRegions.Summary(1, 6, 0, 53, 0, 0));
      assertThat(tpsCodes(ws)).allMatch(c -> c.startsWith("310101")).hasSize(53);
      assertThat(ws.regionTree().lineage())
          .extracting(Region::name)
          .containsExactly("DKI JAKARTA", "KEPULAUAN SERIBU", "KEPULAUAN SERIBU UTARA");
      assertThat(ws.status().run().getFirst().expected()).isEqualTo(53);
    }
  }

  @Test
  void sirekapRegionListsIntoAKecamatanWorkspace() {
    try (Workspace ws = empty(WorkspaceLevel.KECAMATAN, "110101")) {
      var s = ws.importRegions(Workspaces.CLERK, List.of(sirekapLists()));
      // the 49 list files of the national folder (the LICENSE beside them is not a region
      // file); kept: 11 and 1101 (ancestors), 110101, its 7 desa and their 15 TPS; the other
      // provinces' and the overseas entries are counted as outside (NationalRegionFolderTest)
      assertThat(s.files()).isEqualTo(49);
      assertThat(s.regionsAdded()).isEqualTo(10);
      assertThat(s.tpsAdded()).isEqualTo(15);
      RegionTree tree = ws.regionTree();
      assertThat(tree.regionsAt(RegionLevel.DESA))
          .extracting(r -> r.code().value())
          .containsExactly(
              "1101012001",
              "1101012002",
              "1101012003",
              "1101012004",
              "1101012015",
              "1101012016",
              "1101012017");
      assertThat(tree.nameOf(new RegionCode("110101"))).isEqualTo("BAKONGAN");
      assertThat(tree.nameOf(new RegionCode("1101"))).isEqualTo("ACEH SELATAN");
      assertThat(tree.nameOf(new RegionCode("1101012001"))).isEqualTo("KEUDE BAKONGAN");
      assertThat(tree.tpsUnder(new RegionCode("1101012001")))
          .extracting(Tps::name)
          .containsExactly("TPS 001", "TPS 002", "TPS 003");
      assertThat(tree.tpsCount()).isEqualTo(15);
      // the national folder's province list names the province in the header
      assertThat(tree.lineage().getFirst().name()).isEqualTo("ACEH");
    }
  }

  @Test
  void rekapCsvWithDottedCodesQuotedNamesAndDpt() throws IOException {
    Path csv =
        write(
            "wilayah.csv",
            """
            code,name,dpt
            31,DKI JAKARTA,
            31.01,KAB. ADM. KEPULAUAN SERIBU,
            31.01.01,KEPULAUAN SERIBU UTARA,
            31.01.01.1001,"PULAU PANGGANG, RW 01",
            31.01.01.1001.001,TPS 001,292
            31.01.01.1001.002,"TPS ""002""\",275
            3101011001003,TPS 003,
            """);
    try (Workspace ws = empty(WorkspaceLevel.KABKOTA, "3101")) {
      var s = ws.importRegions(Workspaces.CLERK, List.of(csv));
      assertThat(s).isEqualTo(new ImportRegions.Summary(1, 4, 0, 3, 0, 0));
      RegionTree tree = ws.regionTree();
      assertThat(tree.nameOf(new RegionCode("3101011001"))).isEqualTo("PULAU PANGGANG, RW 01");
      assertThat(tree.tps(new TpsCode("3101011001001")).orElseThrow().dpt()).isEqualTo(292);
      assertThat(tree.tps(new TpsCode("3101011001002")).orElseThrow().name())
          .isEqualTo("TPS \"002\"");
      assertThat(tree.tps(new TpsCode("3101011001003")).orElseThrow().dpt()).isNull();

      // A later list: a new DPT for 001, none given for 002 (kept), a renamed desa.
      Path update =
          write(
              "wilayah-2.csv",
              """
              code,name,dpt
              3101011001,PULAU PANGGANG,
              3101011001001,TPS 001,300
              3101011001002,"TPS ""002""\",
              """);
      var s2 = ws.importRegions(Workspaces.CLERK, List.of(update));
      assertThat(s2).isEqualTo(new ImportRegions.Summary(1, 0, 1, 0, 1, 1));
      // its event (ADR 0040): each file with its digest, and the codes it renamed and updated
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("files", Map.of(update.toString(), Sha256.hex(Files.readAllBytes(update))));
      event.put("regionsAdded", 0);
      event.put("regionsRenamed", List.of("3101011001"));
      event.put("tpsAdded", 0);
      event.put("tpsUpdated", List.of("3101011001001"));
      event.put("outside", 0);
      assertThat(AuditEvents.last(ws, AuditAction.REGIONS_IMPORT, "user:petugas"))
          .isEqualTo(AuditEvents.tree(event));
      tree = ws.regionTree();
      assertThat(tree.nameOf(new RegionCode("3101011001"))).isEqualTo("PULAU PANGGANG");
      assertThat(tree.tps(new TpsCode("3101011001001")).orElseThrow().dpt()).isEqualTo(300);
      assertThat(tree.tps(new TpsCode("3101011001002")).orElseThrow().dpt()).isEqualTo(275);
    }
  }

  @Test
  void reimportingTheSameFilesChangesNothing() {
    Path kawal = Workspaces.demoFiles().resolve(DemoData.REGIONS);
    try (Workspace ws = empty(WorkspaceLevel.KABKOTA, "3101")) {
      ws.importRegions(Workspaces.CLERK, List.of(kawal));
      var before = StoreDump.of(ws);
      var s = ws.importRegions(Workspaces.CLERK, List.of(kawal));
      assertThat(s).isEqualTo(new ImportRegions.Summary(1, 0, 0, 0, 0, 98));
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
    try (Workspace ws = empty(WorkspaceLevel.KECAMATAN, "110101")) {
      ws.importRegions(Workspaces.CLERK, List.of(sirekapLists()));
      var before = StoreDump.of(ws);
      var s = ws.importRegions(Workspaces.CLERK, List.of(sirekapLists()));
      assertThat(s.unchanged()).isEqualTo(25);
      assertThat(s.regionsAdded() + s.regionsRenamed() + s.tpsAdded() + s.tpsUpdated()).isZero();
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void aFileWithNothingInTheWorkspaceRegionIsRefused() {
    Path aceh = sirekapLists().resolve("pemilu/ppwp/11/1101/110101.json");
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      var e =
          catchThrowableOfType(
              RekapException.class, () -> ws.importRegions(Workspaces.CLERK, List.of(aceh)));
      assertBadInput(e, "region.error.outOfScope", "110101.json", "3101");
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void aTpsWhoseDesaIsUnknownIsRefused() throws IOException {
    // 3101011009 is no desa of the master list
    Path csv =
        write("tps.csv", "code,name,dpt\n3101011001001,TPS 001,292\n3101011009001,TPS 001,250\n");
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      var e =
          catchThrowableOfType(
              RekapException.class, () -> ws.importRegions(Workspaces.CLERK, List.of(csv)));
      assertBadInput(e, "region.error.unknownDesa", "3101011009001", "3101011009");
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void aCsvWithABadDptIsRefused() throws IOException {
    Path csv = write("tps.csv", "code,name,dpt\n3101011001001,TPS 001,dua ratus\n");
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      var e =
          catchThrowableOfType(
              RekapException.class, () -> ws.importRegions(Workspaces.CLERK, List.of(csv)));
      assertBadInput(e, "region.error.dpt", "tps.csv", "#2", "dua ratus");
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void aTruncatedRegionFileIsRefused() throws IOException {
    String full = Files.readString(Workspaces.demoFiles().resolve(DemoData.REGIONS));
    Path cut = write("wilayah.json", full.substring(0, full.length() / 2));
    try (Workspace ws = empty(WorkspaceLevel.KABKOTA, "3101")) {
      var before = StoreDump.of(ws);
      var e =
          catchThrowableOfType(
              RekapException.class, () -> ws.importRegions(Workspaces.CLERK, List.of(cut)));
      assertBadInput(e, "input.error.malformed", "wilayah.json");
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  private static void assertBadInput(RekapException e, String key, String... parts) {
    assertThat(e).as("refused").isNotNull();
    assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
    assertThat(e.key()).isEqualTo(key);
    for (String text : new String[] {e.getMessage(), e.localized(Locale.ENGLISH)}) {
      assertThat(text).isNotBlank().doesNotContain(key);
      for (String part : parts) {
        assertThat(text).contains(part);
      }
    }
  }

  private Workspace empty(WorkspaceLevel level, String region) {
    return Workspaces.create(
        dir.resolve("ws-" + region),
        level,
        region,
        Workspaces.demoFiles().resolve(DemoData.ELECTION));
  }

  private static Path sirekapLists() {
    try {
      return Path.of(ImportRegionsTest.class.getResource("/fixtures/sirekap-wilayah").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  private static List<String> tpsCodes(Workspace ws) {
    return WorkspaceInternals.database(ws)
        .dsl()
        .select(TPS.CODE)
        .from(TPS)
        .orderBy(TPS.CODE)
        .fetch(TPS.CODE);
  }

  private static Map<String, String> regionNames(Workspace ws) {
    Map<String, String> out = new TreeMap<>();
    WorkspaceInternals.database(ws)
        .dsl()
        .selectFrom(REGION)
        .forEach(r -> out.put(r.getCode(), r.getName()));
    return out;
  }
}
