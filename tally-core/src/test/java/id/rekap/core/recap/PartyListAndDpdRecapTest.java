package id.rekap.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.support.ExpectedRecap;
import id.rekap.core.support.ExpectedRecap.Hierarchy;
import id.rekap.core.support.RawSirekap.TpsValues;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.SyntheticElection;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The party-list (DPR, DPRD) and DPD shapes end to end: a generated election definition and
 * generated Sirekap-shaped files for the 88 TPS of 3101 are imported, and the recap per party
 * (total, party-only, per caleg) and per DPD candidate equals the sums the test computes from the
 * files it wrote.
 */
class PartyListAndDpdRecapTest {
  @TempDir static Path dir;
  private static SyntheticElection election;
  private static Hierarchy hierarchy;
  private static final Map<String, Map<String, TpsValues>> values = new HashMap<>();
  private static ImportSummary summary;
  private static Workspace ws;

  @BeforeAll
  static void importGeneratedFiles() throws IOException {
    Random random = new Random(20240214);
    election = new SyntheticElection(random);
    Path definition = dir.resolve("election.json");
    Files.writeString(definition, election.definition());
    hierarchy =
        Hierarchy.kawalPemilu(Workspaces.demoFiles().resolve(DemoData.REGIONS), DemoData.REGION);
    Path files = dir.resolve("files");
    values.put("pdpd", election.writeFiles(files, "pdpd", hierarchy.tps(), random));
    for (String contest : election.partyListContests()) {
      values.put(contest, election.writeFiles(files, contest, hierarchy.tps(), random));
    }
    ws = Workspaces.create(dir.resolve("ws"), WorkspaceLevel.KABKOTA, "3101", definition);
    ws.importRegions(Workspaces.CLERK, List.of(Workspaces.demoFiles().resolve(DemoData.REGIONS)));
    summary = Workspaces.importFiles(ws, files);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void everyGeneratedFileIsImportedOrCountedAsNotDigitised() {
    long files = values.values().stream().mapToLong(Map::size).sum();
    long received =
        values.values().stream()
            .flatMap(m -> m.values().stream())
            .filter(TpsValues::received)
            .count();
    assertThat(summary.refused()).isEmpty();
    assertThat(summary.conflicts()).isEmpty();
    assertThat(summary.files()).isEqualTo(files);
    assertThat(summary.imported()).isEqualTo(received);
    assertThat(summary.notDigitised()).isEqualTo(files - received);
  }

  @Test
  void statusExpectsOnlyTheTpsThatVoteEachContest() {
    Map<String, ContestStatus> status = new HashMap<>();
    ws.status().run().forEach(s -> status.put(s.contest(), s));
    assertThat(status.keySet()).containsExactlyInAnyOrder("ppwp", "pdpd", "pdpr", "pdprdp");
    assertThat(status.get("ppwp").received()).isZero();
    assertThat(status.get("pdpr").expected()).isEqualTo(88);
    // DPRD Provinsi's only dapil covers 310101: the 35 TPS of 310102 do not vote it.
    assertThat(status.get("pdprdp").expected()).isEqualTo(53);
    for (String contest : List.of("pdpd", "pdpr", "pdprdp")) {
      long received = values.get(contest).values().stream().filter(TpsValues::received).count();
      assertThat(status.get(contest).received()).as(contest).isEqualTo(received);
      assertThat(status.get(contest).missing())
          .isEqualTo(status.get(contest).expected() - received);
    }
  }

  @ParameterizedTest
  @EnumSource(RecapLevel.class)
  void dpdRecapEqualsTheSumsPerCandidate(RecapLevel level) {
    var expected =
        ExpectedRecap.rows(
            hierarchy,
            digits(level),
            hierarchy.tps(),
            values.get("pdpd"),
            tps -> election.dpdKeys());
    ExpectedRecap.assertDocument(json(ContestCode.PDPD, level), "pdpd", level.id(), expected);
  }

  @ParameterizedTest
  @EnumSource(RecapLevel.class)
  void dprRecapEqualsTheSumsPerPartyAndCaleg(RecapLevel level) {
    assertPartyLists(ContestCode.PDPR, level);
  }

  @ParameterizedTest
  @EnumSource(RecapLevel.class)
  void dprdProvinsiRecapEqualsTheSumsPerPartyAndCaleg(RecapLevel level) {
    assertPartyLists(ContestCode.PDPRDP, level);
  }

  @Test
  void partyListCsvFlattensCalegColumns() {
    String csv = RecapCsv.of(document(ContestCode.PDPR, RecapLevel.DESA));
    assertThat(csv.lines().findFirst().orElseThrow())
        .contains(",choices.1.total,choices.1.partyOnly,choices.1.candidates.1,");
    ExpectedRecap.assertCsv(csv, expectedPartyLists("pdpr", RecapLevel.DESA));
  }

  @Test
  void aRowSpanningTwoDapilsSumsPartiesButListsNoCalegs() {
    // Caleg number 1 of DKI-A and of DKI-B are different people; only party sums are meaningful.
    JsonNode row = json(ContestCode.PDPR, RecapLevel.KABKOTA).at("/rows/0");
    assertThat(row.get("dapils").toString()).isEqualTo("[\"DKI-A\",\"DKI-B\"]");
    assertThat(row.at("/choices/1/candidates").isEmpty()).isTrue();
    assertThat(row.at("/choices/1/total").isNumber()).isTrue();
    // party 5 stands only in DKI-A and still has its row
    assertThat(row.at("/choices/5/partyOnly").isNumber()).isTrue();
  }

  @Test
  void aFileForATpsOutsideTheContestsDapilsIsRefused() throws IOException {
    // 3101021001001 lies in 310102, which no DPRD Provinsi dapil covers.
    Path bad = SyntheticElection.path(dir.resolve("bad"), "pdprdp", "3101021001001");
    Files.createDirectories(bad.getParent());
    Files.copy(SyntheticElection.path(dir.resolve("files"), "pdpr", "3101021001001"), bad);
    var before = StoreDump.of(ws);
    ImportSummary s = Workspaces.importFiles(ws, bad);
    assertThat(s.applied()).isFalse();
    assertThat(s.refused())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
              assertThat(e.key()).isEqualTo("result.error.notInContest");
              assertThat(e.getMessage()).contains("3101021001001.json", "pdprdp");
            });
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  private static void assertPartyLists(ContestCode contest, RecapLevel level) {
    ExpectedRecap.assertDocument(
        json(contest, level), contest.id(), level.id(), expectedPartyLists(contest.id(), level));
  }

  private static List<Map<String, Object>> expectedPartyLists(String contest, RecapLevel level) {
    List<String> applies =
        hierarchy.tps().stream().filter(t -> election.dapilOf(contest, t).isPresent()).toList();
    return ExpectedRecap.rows(
        hierarchy,
        digits(level),
        applies,
        values.get(contest),
        tps -> election.partyListKeys(contest, tps),
        tps -> Map.of("dapils", election.dapilsOf(contest, tps)));
  }

  private static Map<String, Object> document(ContestCode contest, RecapLevel level) {
    return RecapDocument.of(ws.recap().contest(contest), level, ws.recap().run(contest, level));
  }

  private static JsonNode json(ContestCode contest, RecapLevel level) {
    return ExpectedRecap.asJson(Json.canonical(document(contest, level)));
  }

  private static int digits(RecapLevel level) {
    return level.regionLevel().map(RegionLevel::digits).orElse(0);
  }
}
