package id.rekap.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.support.ExpectedRecap;
import id.rekap.core.support.RealSample;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance on real data: a kab/kota workspace for 3101 with the real region list and the 88 real
 * Sirekap files recaps, at every level, to exactly the sums the test computes itself from the raw
 * files (only received TPS counted; a field no received TPS reported is null, not 0).
 */
class RealDataRecapTest {
  @TempDir static Path dir;
  private static Workspace ws;
  private static RealSample sample;

  @BeforeAll
  static void open() {
    ws = Workspaces.sample(dir.resolve("ws"));
    sample = RealSample.read(Workspaces.demoFiles());
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void theSampleIsWhatTheTestsAssume() {
    // 88 TPS in the list (incl. the 901..908 extension of Pulau Kelapa), a file for each of them.
    assertThat(sample.hierarchy().tps()).hasSize(88).containsAll(sample.tps().keySet());
    assertThat(sample.tps()).hasSize(88);
    assertThat(sample.received()).isEqualTo(81);
    var summary = Workspaces.sampleImportSummary();
    assertThat(summary.imported()).isEqualTo(81);
    assertThat(summary.notDigitised()).isEqualTo(7);
    assertThat(summary.refused()).isEmpty();
    assertThat(summary.conflicts()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RecapLevel.class)
  void jsonRecapEqualsTheSumsOfTheRawFiles(RecapLevel level) {
    JsonNode doc = ExpectedRecap.asJson(Json.canonical(document(level)));
    List<Map<String, Object>> expected = sample.expectedRows(digits(level));
    assertThat(expected)
        .hasSize(
            switch (level) {
              case TPS -> 88;
              case DESA -> 6;
              case KECAMATAN -> 2;
              case KABKOTA -> 1;
            });
    ExpectedRecap.assertDocument(doc, "ppwp", level.id(), expected);
  }

  @ParameterizedTest
  @EnumSource(RecapLevel.class)
  void csvRecapHasDottedHeadersAndTheSameValues(RecapLevel level) {
    String csv = RecapCsv.of(document(level));
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith(
            "code,name,tps.expected,tps.received,choices.1,choices.2,choices.3,valid,invalid,total,"
                + "admin.dpt,admin.dptL,admin.dptP,admin.users,admin.usersL,admin.usersP,"
                + "admin.usersDpt,admin.usersDptb,admin.usersDpk");
    ExpectedRecap.assertCsv(csv, sample.expectedRows(digits(level)));
  }

  @Test
  void unreportedFieldsAreNullNotZero() {
    // Spot checks of the cases the field-by-field comparison covers, named for the reader:
    Map<String, JsonNode> rows = tpsRows();
    // not digitised (chart null, status_suara false): no value at all
    JsonNode unread = rows.get("3101011001004");
    assertThat(unread.at("/tps/received").asInt()).isZero();
    assertThat(unread.at("/choices/1").isNull()).isTrue();
    assertThat(unread.at("/admin/dpt").isNull()).isTrue();
    // votes read but administrasi null: votes counted, admin and block V stay null
    JsonNode noAdmin = rows.get("3101011001008");
    assertThat(noAdmin.at("/choices/2").isNumber()).isTrue();
    assertThat(noAdmin.at("/valid").isNull()).isTrue();
    assertThat(noAdmin.at("/admin/users").isNull()).isTrue();
    // administrasi read but status_suara false: not received, so its admin block is not used
    JsonNode adminOnly = rows.get("3101011003006");
    assertThat(adminOnly.at("/tps/received").asInt()).isZero();
    assertThat(adminOnly.at("/admin/dpt").isNull()).isTrue();
  }

  @Test
  void theContractsAdminObjectHasExactlyItsKeys() {
    JsonNode row = ExpectedRecap.asJson(Json.canonical(document(RecapLevel.KABKOTA))).at("/rows/0");
    assertThat(row.get("admin").properties().stream().map(Map.Entry::getKey).toList())
        .containsExactlyInAnyOrder(
            "dpt",
            "dptL",
            "dptP",
            "users",
            "usersL",
            "usersP",
            "usersDpt",
            "usersDptb",
            "usersDpk");
    assertThat(row.at("/tps/expected").asInt()).isEqualTo(88);
    assertThat(row.at("/tps/received").asInt()).isEqualTo(81);
  }

  private static Map<String, Object> document(RecapLevel level) {
    var rows = ws.recap().run(ContestCode.PPWP, level);
    return RecapDocument.of(ws.recap().contest(ContestCode.PPWP), level, rows);
  }

  private static Map<String, JsonNode> tpsRows() {
    JsonNode doc = ExpectedRecap.asJson(Json.canonical(document(RecapLevel.TPS)));
    Map<String, JsonNode> out = new java.util.HashMap<>();
    doc.get("rows").forEach(r -> out.put(r.get("code").asText(), r));
    return out;
  }

  private static int digits(RecapLevel level) {
    return level.regionLevel().map(RegionLevel::digits).orElse(0);
  }
}
