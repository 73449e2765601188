package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Csv;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, acceptance 5 (CSV and terminal injection): master data whose desa names carry terminal
 * escape sequences, a forged line break, a right-to-left override and spreadsheet formulas, and an
 * objection typed with an escape sequence. {@code recap --format text}, {@code objection list} and
 * {@code check} print them escaped, one line each; {@code recap --format csv} and {@code check
 * --format csv} neutralise formulas like the entry template; {@code recap --format json} stays
 * valid JSON with the names as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalInjectionTest {
  /** The desa names, in code order. */
  static final List<String> NAMES =
      List.of(
          "=HYPERLINK(\"http://contoh.invalid\",\"Klik\")",
          "DESA \u001B]8;;http://contoh.invalid\u0007KLIK\u001B]8;;\u0007 \u001B[2J",
          "DESA\nERROR R1 ppwp desa 3101019999 palsu",
          "+62 21 555",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)",
          "DESA \u202Eanagrab\r",
          "DESA \u009B31mMERAH");

  @TempDir static Path tmp;
  private Path ws;
  private CliRun cli;

  @BeforeAll
  void hostileMasterData() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    StringBuilder csv = new StringBuilder("code,name,dpt\r\n310101,KEPULAUAN SERIBU UTARA,\r\n");
    for (int i = 0; i < NAMES.size(); i++) {
      String desa = "310101100" + (i + 1);
      csv.append(desa).append(',').append(Csv.field(NAMES.get(i))).append(",\r\n");
      csv.append(desa).append("001,TPS 001,250\r\n");
    }
    Path regions = Files.writeString(tmp.resolve("wilayah.csv"), csv, StandardCharsets.UTF_8);
    ws = tmp.resolve("ws");
    CliAccounts.office(
        tmp.resolve("home"),
        ws,
        "--level",
        "kecamatan",
        "--region",
        "310101",
        "--election",
        data.resolve(DemoData.ELECTION).toString(),
        "--regions",
        regions.toString());
    cli = CliAccounts.cli(tmp.resolve("home"));
    var objection =
        run(
            "--user",
            "ani",
            "objection",
            "add",
            "--kind",
            "keberatan",
            "--place",
            "3101011002001",
            "--by",
            "Saksi \u202E10 ispaks",
            "--text",
            "angka salah\u001B[1A\u001B[2K\rSEMUA BERES");
    assertThat(objection.status()).as(objection.err()).isZero();
  }

  private CliRun.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--workspace", ws.toString()));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  private static void assertNothingDrivesTheTerminal(String output) {
    assertThat(output)
        .doesNotContain("\u001B", "\u0007", "\u009B", "\u202E")
        .doesNotContainPattern("\r(?!\n)");
  }

  @Test
  void theRecapAsTextEscapesEveryNameOnItsOwnLine() {
    var r = run("recap", "--contest", "ppwp", "--level", "desa", "--format", "text");
    assertThat(r.status()).as(r.err()).isZero();
    assertNothingDrivesTheTerminal(r.out());
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1 + NAMES.size());
    assertThat(lines).noneMatch(l -> l.startsWith("ERROR"));
    assertThat(r.out()).contains("\\u001B]8;;").contains("DESA\\u000AERROR");
  }

  @Test
  void theObjectionListEscapesWhatWasTyped() {
    var r = run("objection", "list");
    assertThat(r.status()).isZero();
    assertNothingDrivesTheTerminal(r.out());
    assertThat(r.out().lines().toList()).hasSize(1);
    assertThat(r.out()).contains("angka salah\\u001B[1A\\u001B[2K\\u000DSEMUA BERES");
  }

  @Test
  void theRecapCsvNeutralisesFormulasAsTheTemplateDoes() {
    var r = run("recap", "--contest", "ppwp", "--level", "desa", "--format", "csv");
    assertThat(r.status()).isZero();
    assertNothingDrivesTheTerminal(r.out());
    List<List<String>> rows = Csv.parse(r.out());
    assertThat(rows).hasSize(1 + NAMES.size());
    for (List<String> row : rows.subList(1, rows.size())) {
      String name = row.get(1);
      assertThat(Csv.isFormulaLead(name.charAt(0))).as(name).isFalse();
    }
    assertThat(rows.get(1).get(1)).isEqualTo("'" + NAMES.get(0));
    assertThat(rows.get(5).get(1)).isEqualTo("'" + NAMES.get(4));
  }

  @Test
  void checkOutputIsSafeInTextAndCsv() {
    var text = run("check");
    assertNothingDrivesTheTerminal(text.out() + text.err());
    var csv = run("check", "--format", "csv");
    assertNothingDrivesTheTerminal(csv.out());
    for (List<String> row : Csv.parse(csv.out())) {
      for (String cell : row) {
        assertThat(cell.isEmpty() || !Csv.isFormulaLead(cell.charAt(0))).as(cell).isTrue();
      }
    }
  }

  @Test
  void theRecapAsJsonStaysValidAndKeepsTheNames() throws Exception {
    var r = run("recap", "--contest", "ppwp", "--level", "desa", "--format", "json");
    assertThat(r.status()).isZero();
    assertNothingDrivesTheTerminal(r.out());
    JsonNode doc = Json.mapper().readTree(r.out());
    List<String> names = new ArrayList<>();
    doc.path("rows").forEach(row -> names.add(row.path("name").asText()));
    // as stored: the region import strips leading and trailing white space (the last CR)
    assertThat(names).containsExactlyElementsOf(NAMES.stream().map(String::strip).toList());
  }
}
