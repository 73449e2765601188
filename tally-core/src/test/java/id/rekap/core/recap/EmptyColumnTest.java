package id.rekap.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionFromSirekap;
import id.rekap.core.region.RegionCode;
import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormTable;
import id.rekap.core.report.Marking;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.support.Fixtures;
import id.rekap.core.support.SirekapTpsFiles;
import id.rekap.core.support.SirekapTpsFiles.Layout;
import id.rekap.core.support.SirekapTpsFiles.Numbers;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, requirement 3: a single-pair contest with the empty column as ballot number 1 (Kab.
 * Bangka's shape in 2024, docs/election-facts.md §11.2). The empty column is counted like any
 * choice, shown and printed as "Kolom Kosong" (never as Sirekap's {@code "KOLOM KOSONG - "} nor as
 * a person), and the status and the recap say plainly where it leads.
 */
class EmptyColumnTest {
  private static final String EMPTY = "1000200";
  private static final String PAIR = "1000201";

  @TempDir Path dir;
  private Workspace ws;

  @BeforeEach
  void bangka() throws Exception {
    Path election = dir.resolve("bangka.json");
    ElectionFromSirekap.write(
        ElectionFromSirekap.build(
            new ElectionFromSirekap.Request(
                List.of(Fixtures.path("sirekap-paslon/pilkada/pkwkk.json")),
                new RegionCode("1901"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ElectionDefinition.Mode.TEST)),
        election,
        false);
    ws = Workspaces.create(dir.resolve("ws"), WorkspaceLevel.KABKOTA, "1901", election);
    // Illustrative master data: two kecamatan with two desa of three TPS each.
    StringBuilder csv = new StringBuilder("code,name,dpt\n19,KEPULAUAN BANGKA BELITUNG,\n");
    csv.append("1901,BANGKA,\n");
    for (String kec : List.of("190101", "190102")) {
      csv.append(kec).append(",KECAMATAN ").append(kec).append(",\n");
      for (String desa : List.of(kec + "2001", kec + "2002")) {
        csv.append(desa).append(",DESA ").append(desa).append(",\n");
        for (int t = 1; t <= 3; t++) {
          csv.append(desa).append(String.format("%03d", t)).append(",TPS 00").append(t);
          csv.append(",500\n");
        }
      }
    }
    Path regions = dir.resolve("wilayah.csv");
    Files.writeString(regions, csv);
    ws.importRegions(Workspaces.CLERK, List.of(regions));
    // The empty column leads in 190101 (250 vs 150 per TPS), the pair in 190102 (120 vs 260).
    Path files = dir.resolve("hhcw");
    List<Numbers> all = new ArrayList<>();
    for (String kec : List.of("190101", "190102")) {
      boolean emptyLeads = kec.equals("190101");
      for (String desa : List.of(kec + "2001", kec + "2002")) {
        for (int t = 1; t <= 3; t++) {
          all.add(
              new Numbers(
                  desa + String.format("%03d", t),
                  Map.of(EMPTY, emptyLeads ? 250 : 120, PAIR, emptyLeads ? 150 : 260),
                  3,
                  480));
        }
      }
    }
    all.forEach(n -> SirekapTpsFiles.write(files, Layout.PILKADA, "pkwkk", n, null));
    assertThat(Workspaces.importFiles(ws, files).imported()).isEqualTo(12);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    ws.close();
  }

  @Test
  void theStatusSaysWhereTheEmptyColumnStands() {
    ContestStatus s = ws.status().run().getFirst();
    assertThat(s.emptyColumn()).isNotNull();
    // 6 x 250 + 6 x 120 = 2,220 for the empty column; 6 x 150 + 6 x 260 = 2,460 for the pair
    assertThat(s.emptyColumn().number()).isEqualTo(1);
    assertThat(s.emptyColumn().votes()).isEqualTo(2_220);
    assertThat(s.emptyColumn().pairNumber()).isEqualTo(2);
    assertThat(s.emptyColumn().pairVotes()).isEqualTo(2_460);
    assertThat(s.emptyColumn().leads()).isFalse();
  }

  @Test
  void theRecapNamesTheRegionsWhereTheEmptyColumnLeads() {
    var contest = ws.recap().contest(ContestCode.PKWKK);
    var kec =
        RecapDocument.of(
            contest, RecapLevel.KECAMATAN, ws.recap().run(ContestCode.PKWKK, RecapLevel.KECAMATAN));
    assertThat(kec.get("emptyColumn")).isEqualTo(Map.of("number", 1, "leadsIn", List.of("190101")));
    var kab =
        RecapDocument.of(
            contest, RecapLevel.KABKOTA, ws.recap().run(ContestCode.PKWKK, RecapLevel.KABKOTA));
    assertThat(kab.get("emptyColumn")).isEqualTo(Map.of("number", 1, "leadsIn", List.of()));
    var tps =
        RecapDocument.of(
            contest, RecapLevel.TPS, ws.recap().run(ContestCode.PKWKK, RecapLevel.TPS));
    @SuppressWarnings("unchecked")
    List<String> leadsIn =
        (List<String>) ((Map<String, Object>) tps.get("emptyColumn")).get("leadsIn");
    assertThat(leadsIn).hasSize(6).allMatch(c -> c.startsWith("190101"));
  }

  @Test
  void theEmptyColumnLeadsTheWholeRegionWhenItHasMoreVotes() throws Exception {
    // a correction-free way to tip the balance: more TPS where it leads
    var contest = ws.recap().contest(ContestCode.PKWKK);
    var tally = new Tally();
    ws.recap().run(ContestCode.PKWKK, RecapLevel.TPS).stream()
        .filter(r -> r.code().startsWith("190101"))
        .forEach(r -> tally.add(r.tally()));
    var standing = EmptyColumnStanding.of(contest, tally).orElseThrow();
    assertThat(standing.leads()).isTrue();
    assertThat(standing.votes()).isEqualTo(1_500);
    assertThat(standing.pairVotes()).isEqualTo(900);
  }

  @Test
  void theFormsPrintKolomKosongNotAPersonNorSirekapsName() {
    ReportSettings settings =
        new ReportSettings(
            List.of(), Marking.of(false, ElectionDefinition.Mode.TEST), TestClock.FIXED, "uji");
    FormDocument form = ws.reports().dHasil(ContestCode.PKWKK, null, null, settings);
    List<String> texts = texts(form);
    // printed in the form's words (upper case like the other names), never Sirekap's "KOLOM KOSONG
    // - "
    assertThat(texts).anyMatch(t -> t.equals("KOLOM KOSONG (tidak bergambar)"));
    assertThat(texts).noneMatch(t -> t.contains("KOLOM KOSONG -"));
    assertThat(
            ws.election().contest(ContestCode.PKWKK).orElseThrow().candidates().getFirst().name())
        .isEqualTo("Kolom Kosong");
  }

  private static List<String> texts(FormDocument form) {
    List<String> out = new ArrayList<>(form.title());
    form.header().forEach(h -> out.add(h.label() + " " + h.value()));
    for (FormBlock.Grid g : form.grids()) {
      for (FormTable.Row r : g.table().rows()) {
        r.cells().stream().filter(c -> c instanceof String).forEach(c -> out.add((String) c));
      }
    }
    return out;
  }
}
