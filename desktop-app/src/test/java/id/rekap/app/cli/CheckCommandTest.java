package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Csv;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import id.rekap.testsupport.ElectionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rekap check} and {@code rekap rules} end to end (docs/contract.md §1, §6): the three
 * output formats on the real demo workspace, exit 1 when there are ERROR findings and 0 when there
 * are none, the {@code --contest} filter, usage errors, and changing a rule's severity.
 *
 * <p>Besides the demo workspace (real Sirekap data, with real errors) the test builds, through the
 * command line, a small kecamatan workspace with two TPS and two ballots (PPWP and DPD) from
 * consistent Sirekap-shaped files: "clean" has every file, "partial" lacks one DPD file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {
  private static final String TPS1 = "3101011001001";
  private static final String TPS2 = "3101011001002";

  @TempDir static Path tmp;
  private CliRun cli;
  private Path demo;
  private Path clean;
  private Path partial;

  @BeforeAll
  void createWorkspaces() throws IOException {
    cli = CliAccounts.cli(tmp.resolve("home"));
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    demo = tmp.resolve("demo");
    CliAccounts.office(
        tmp.resolve("home"),
        demo,
        "--level",
        "kabkota",
        "--region",
        "3101",
        "--election",
        data.resolve(DemoData.ELECTION).toString());
    ok(
        "--workspace",
        demo.toString(),
        "--user",
        "ani",
        "regions",
        "import",
        data.resolve(DemoData.REGIONS).toString());
    ok(
        "--workspace",
        demo.toString(),
        "--user",
        "ani",
        "import",
        data.resolve(DemoData.RESULTS).toString());

    Path gen = tmp.resolve("generated");
    Files.createDirectories(gen);
    Path election = election().write(gen.resolve("election.json"));
    Path regions = gen.resolve("regions.csv");
    Files.writeString(
        regions,
        "code,name\n310101,KEC UJI\n3101011001,DESA UJI\n"
            + TPS1
            + ",TPS 001\n"
            + TPS2
            + ",TPS 002\n",
        StandardCharsets.UTF_8);
    Path all = gen.resolve("all");
    write(all.resolve("ppwp/" + TPS1 + ".json"), tpsFile(PPWP_CHART));
    write(all.resolve("ppwp/" + TPS2 + ".json"), tpsFile(PPWP_CHART));
    write(all.resolve("pdpd/" + TPS1 + ".json"), tpsFile(DPD_CHART));
    Path dpd2 = gen.resolve("late/pdpd/" + TPS2 + ".json");
    write(dpd2, tpsFile(DPD_CHART));
    clean = workspace("clean", election, regions, all, dpd2.getParent().getParent());
    partial = workspace("partial", election, regions, all);
  }

  @Test
  void textOnTheDemoListsEveryFindingAndExitsOneForItsErrors() {
    var r = cli.run("--workspace", demo.toString(), "check");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst())
        .isEqualTo(
            "ERROR   R3  ppwp   tps       3101011001001  Jumlah pengguna hak pilih (P) (145) tidak"
                + " sama dengan DPT + DPTb + DPK (146)");
    assertThat(lines)
        .contains(
            "ERROR   R5  ppwp   tps       3101011001001  Jumlah suara (233) tidak sama dengan"
                + " pengguna hak pilih (292)");
    long errors = lines.stream().filter(l -> l.startsWith("ERROR ")).count();
    long warnings = lines.stream().filter(l -> l.startsWith("WARNING ")).count();
    assertThat(errors).isPositive();
    assertThat(lines.getLast()).isEqualTo(errors + " galat, " + warnings + " peringatan");
    assertThat(lines).hasSize((int) (errors + warnings + 1));
  }

  @Test
  void jsonOnTheDemoIsTheContractShapeOnStdoutOnly() throws IOException {
    var r = cli.run("--workspace", demo.toString(), "check", "--format", "json");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(fieldNames(doc)).containsExactly("format", "findings");
    assertThat(doc.get("format").asText()).isEqualTo("rekap-findings/1");
    assertThat(doc.get("findings").size()).isEqualTo(textLines(demo) - 1);
    for (JsonNode f : doc.get("findings")) {
      assertThat(fieldNames(f))
          .containsExactly("rule", "severity", "contest", "level", "code", "message", "values");
    }
    assertThat(doc.get("findings"))
        .contains(
            Json.mapper()
                .readTree(
                    "{\"rule\":\"R5\",\"severity\":\"ERROR\",\"contest\":\"ppwp\",\"level\":\"tps\","
                        + "\"code\":\"3101011001001\",\"message\":\"Jumlah suara (233) tidak sama"
                        + " dengan pengguna hak pilih (292)\",\"values\":{\"total\":233,\"users\":292}}"));
    // the same in English with LANG=en
    var en =
        CliAccounts.cli(tmp.resolve("home"))
            .english()
            .run("--workspace", demo.toString(), "check", "--format", "json");
    assertThat(Json.mapper().readTree(en.out()).at("/findings/0/message").asText())
        .isEqualTo("Voters who voted (P) (145) differ from DPT + DPTb + DPK (146)");
  }

  @Test
  void csvOnTheDemoHasTheHeaderAndOneQuotedRecordPerFinding() {
    var r = cli.run("--workspace", demo.toString(), "check", "--format", "csv");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    List<List<String>> rows = Csv.parse(r.out());
    assertThat(rows.getFirst())
        .containsExactly("rule", "severity", "contest", "level", "code", "message", "values");
    assertThat(rows).hasSize(textLines(demo));
    assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(7));
    // messages and values with commas are quoted, so they stay one field
    assertThat(r.out())
        .contains(
            "R17,ERROR,ppwp,kabkota,3101,\"7 dari 88 TPS belum masuk: 3101011001004,"
                + " 3101011002001,");
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsExactly(
                        "R5",
                        "ERROR",
                        "ppwp",
                        "tps",
                        "3101011001001",
                        "Jumlah suara (233) tidak sama dengan pengguna hak pilih (292)",
                        "{\"total\":233,\"users\":292}"));
  }

  @Test
  void aCleanWorkspaceExitsZero() {
    var r = cli.run("--workspace", clean.toString(), "check");
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).isEqualTo("0 galat, 0 peringatan" + System.lineSeparator());
    var json = cli.run("--workspace", clean.toString(), "check", "--format", "json");
    assertThat(json.status()).isZero();
    assertThat(json.out().strip()).isEqualTo("{\"format\":\"rekap-findings/1\",\"findings\":[]}");
    var csv = cli.run("--workspace", clean.toString(), "check", "--format", "csv");
    assertThat(csv.status()).isZero();
    assertThat(csv.out()).isEqualTo("rule,severity,contest,level,code,message,values\n");
  }

  @Test
  void contestFilterShowsOneBallotAndItsOwnExitStatus() throws IOException {
    // the DPD file of TPS 002 is missing: R17 errors for pdpd, nothing for ppwp
    var all = cli.run("--workspace", partial.toString(), "check", "--format", "json");
    assertThat(all.status()).isEqualTo(1);
    assertThat(contests(all.out())).containsOnly("pdpd");
    var ppwp =
        cli.run(
            "--workspace", partial.toString(), "check", "--contest", "ppwp", "--format", "json");
    assertThat(ppwp.status()).isZero();
    assertThat(contests(ppwp.out())).isEmpty();
    var pdpd = cli.run("--workspace", partial.toString(), "check", "--contest", "PDPD");
    assertThat(pdpd.status()).isEqualTo(1);
    assertThat(pdpd.out())
        .contains("ERROR   R17 pdpd   desa      3101011001     1 dari 2 TPS belum masuk: " + TPS2)
        .contains("ERROR   R17 pdpd   kecamatan 310101         1 dari 2 TPS belum masuk: " + TPS2)
        .doesNotContain("ppwp");
  }

  @Test
  void unknownContestOrFormatIsAUsageError() {
    var unknown = cli.run("--workspace", demo.toString(), "check", "--contest", "xyz");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).contains("xyz").doesNotContain("Exception");
    // a real contest code this workspace's election does not have
    var absent = cli.run("--workspace", demo.toString(), "check", "--contest", "pdpr");
    assertThat(absent.status()).isEqualTo(2);
    assertThat(absent.out()).isEmpty();
    assertThat(absent.err()).contains("pdpr");
    var format = cli.run("--workspace", demo.toString(), "check", "--format", "xml");
    assertThat(format.status()).isEqualTo(2);
    assertThat(format.err()).contains("xml");
  }

  @Test
  void rulesListsEveryRuleWithItsSeverityAndTitle() {
    var r = cli.run("--workspace", demo.toString(), "rules");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(23);
    assertThat(lines.getFirst())
        .isEqualTo("R1   ERROR    Jumlah suara sah = jumlah perolehan suara");
    assertThat(lines).contains("R7   WARNING  Surat suara diterima = DPT + cadangan");
    assertThat(lines).anyMatch(l -> l.startsWith("R21  WARNING  "));
    assertThat(lines).anyMatch(l -> l.startsWith("R22  ERROR    Paket yang diterima"));
    assertThat(lines.getLast()).startsWith("R23  WARNING  Yang ditampilkan Sirekap");
  }

  @Test
  void rulesSetChangesTheSeverityTheChecksAndTheExitStatusUse() throws IOException {
    Path ws =
        workspace(
            "rules",
            tmp.resolve("generated/election.json"),
            tmp.resolve("generated/regions.csv"),
            tmp.resolve("generated/all"));
    assertThat(cli.run("--workspace", ws.toString(), "check").status()).isEqualTo(1);
    // R17 (missing TPS) lowered to a warning: the same finding, no longer failing the check
    var set =
        cli.run("--workspace", ws.toString(), "--user", "ketua", "rules", "set", "r17", "warning");
    assertThat(set.status()).as(set.err()).isZero();
    assertThat(cli.run("--workspace", ws.toString(), "rules").out())
        .contains("R17  WARNING  Semua TPS yang diharapkan sudah masuk");
    var check = cli.run("--workspace", ws.toString(), "check");
    assertThat(check.status()).isZero();
    assertThat(check.out())
        .contains("WARNING R17 pdpd")
        .endsWith("0 galat, 2 peringatan" + System.lineSeparator());
    // and R7 raised to an error, as the example does
    assertThat(
            cli.run("--workspace", ws.toString(), "--user", "ketua", "rules", "set", "R7", "ERROR")
                .status())
        .isZero();
    assertThat(cli.run("--workspace", ws.toString(), "rules").out()).contains("R7   ERROR    ");
    // the changes are in the audit log, which still verifies
    assertThat(cli.run("--workspace", ws.toString(), "audit", "verify").status()).isZero();
  }

  @Test
  void rulesSetRefusesAnUnknownRuleOrSeverity() {
    var rule =
        cli.run("--workspace", demo.toString(), "--user", "ketua", "rules", "set", "R24", "ERROR");
    assertThat(rule.status()).isEqualTo(3);
    assertThat(rule.err()).contains("R24").contains("R1..R23").doesNotContain("Exception");
    var severity =
        cli.run("--workspace", demo.toString(), "--user", "ketua", "rules", "set", "R7", "FATAL");
    assertThat(severity.status()).isEqualTo(3);
    assertThat(severity.err()).contains("FATAL");
    var en =
        CliAccounts.cli(tmp.resolve("home"))
            .english()
            .run("--workspace", demo.toString(), "--user", "ketua", "rules", "set", "R7", "FATAL");
    assertThat(en.err()).contains("Unknown severity \"FATAL\" (ERROR or WARNING)");
    var missing = cli.run("--workspace", demo.toString(), "--user", "ketua", "rules", "set", "R7");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(cli.run("--workspace", demo.toString(), "rules").out()).contains("R7   WARNING  ");
  }

  private Path workspace(String name, Path election, Path regions, Path... results) {
    Path ws = tmp.resolve(name);
    CliAccounts.office(
        tmp.resolve("home"),
        ws,
        "--level",
        "kecamatan",
        "--region",
        "310101",
        "--election",
        election.toString());
    ok("--workspace", ws.toString(), "--user", "ani", "regions", "import", regions.toString());
    for (Path p : results) {
      ok("--workspace", ws.toString(), "--user", "ani", "import", p.toString());
    }
    return ws;
  }

  private void ok(String... args) {
    var r = cli.run(args);
    assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isZero();
  }

  private int textLines(Path ws) {
    return (int) cli.run("--workspace", ws.toString(), "check").out().lines().count();
  }

  private static List<String> contests(String json) throws IOException {
    List<String> out = new ArrayList<>();
    Json.mapper().readTree(json).get("findings").forEach(f -> out.add(f.get("contest").asText()));
    return out;
  }

  private static List<String> fieldNames(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String PPWP_CHART = "{\"100025\": 70, \"100026\": 90, \"100027\": 50}";
  private static final String DPD_CHART = "{\"900001\": 120, \"900002\": 60, \"900003\": 30}";

  /**
   * A Sirekap TPS file whose numbers are all consistent: 250 on the DPT, 217 voted (210 + 5 DPTb +
   * 2 DPK), 210 valid and 7 invalid votes; the chart must give 210 valid votes.
   */
  private static String tpsFile(String chart) {
    return """
        {"mode": "hhcw", "chart": %s, "images": [null, null, null],
         "administrasi": {"suara_sah": 210, "suara_tidak_sah": 7, "suara_total": 217,
           "pemilih_dpt_j": 250, "pemilih_dpt_l": 120, "pemilih_dpt_p": 130,
           "pengguna_dpt_j": 210, "pengguna_dpt_l": 100, "pengguna_dpt_p": 110,
           "pengguna_dptb_j": 5, "pengguna_dptb_l": 3, "pengguna_dptb_p": 2,
           "pengguna_non_dpt_j": 2, "pengguna_non_dpt_l": 1, "pengguna_non_dpt_p": 1,
           "pengguna_total_j": 217, "pengguna_total_l": 104, "pengguna_total_p": 113},
         "psu": null, "ts": "2024-02-16 16:25:10", "status_suara": true, "status_adm": true}
        """
        .formatted(chart);
  }

  /** A test election of the two candidate ballots, PPWP and a DPD of three (region 31). */
  private static ElectionBuilder election() {
    ElectionBuilder election =
        ElectionBuilder.election("uji-cli", "Pemilu uji")
            .maxVotersPerTps(300)
            .ballotReservePercent(2.0);
    ElectionBuilder.Candidates ppwp = election.candidates("ppwp", "PPWP");
    ElectionBuilder.Candidates dpd = election.candidates("pdpd", "DPD", "31");
    for (int n = 1; n <= 3; n++) {
      ppwp.candidate(n, Integer.toString(100_024 + n), "Paslon " + n);
      dpd.candidate(n, Integer.toString(900_000 + n), "Calon " + n);
    }
    return election;
  }
}
