package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The contract of docs/contract.md §1 end to end: commands, outputs, exit statuses, messages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineTest {
  @TempDir static Path tmp;
  private Path data;
  private Path ws;
  private CliRun cli;

  @BeforeAll
  void createWorkspaceThroughTheCommandLine() {
    data = tmp.resolve("data");
    DemoData.extract(data);
    ws = tmp.resolve("ws");
    cli = CliAccounts.cli(tmp.resolve("home"));
    CliAccounts.office(
        tmp.resolve("home"),
        ws,
        "--level",
        "kabkota",
        "--region",
        "31.01",
        "--election",
        data.resolve(DemoData.ELECTION).toString());
    assertThat(
            cli.run(
                    "--workspace",
                    ws.toString(),
                    "--user",
                    "ani",
                    "regions",
                    "import",
                    data.resolve(DemoData.REGIONS).toString())
                .status())
        .isZero();
    var imported =
        cli.run(
            "--workspace",
            ws.toString(),
            "--user",
            "ani",
            "import",
            data.resolve("ppwp").toString());
    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("88").contains("81");
  }

  @Test
  void statusAsJson() throws Exception {
    var r = cli.run("--workspace", ws.toString(), "status", "--format", "json");
    assertThat(r.status()).isZero();
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.path("format").asText()).isEqualTo("rekap-status/1");
    JsonNode ppwp = doc.path("contests").get(0);
    assertThat(ppwp.path("expected").asInt()).isEqualTo(88);
    assertThat(ppwp.path("received").asInt()).isEqualTo(81);
    assertThat(ppwp.path("missing").asInt()).isEqualTo(7);
    // extended for a receiving centre: per kecamatan, here imported directly, no PPK package
    assertThat(ppwp.path("regionLevel").asText()).isEqualTo("kecamatan");
    JsonNode regions = ppwp.path("regions");
    assertThat(regions).hasSize(2);
    assertThat(regions.get(0).path("code").asText()).isEqualTo("310101");
    assertThat(regions.get(0).path("received").asInt() + regions.get(1).path("received").asInt())
        .isEqualTo(81);
    assertThat(regions.get(0).path("package").isNull()).isTrue();
    assertThat(regions.get(0).path("adopted").asBoolean()).isFalse();
  }

  @Test
  void recapAsJsonIsTheContractShapeOnStdoutOnly() throws Exception {
    var r =
        cli.run(
            "--workspace",
            ws.toString(),
            "recap",
            "--contest",
            "ppwp",
            "--level",
            "kabkota",
            "--format",
            "json");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.path("format").asText()).isEqualTo("rekap-recap/1");
    assertThat(doc.path("level").asText()).isEqualTo("kabkota");
    JsonNode row = doc.path("rows").get(0);
    assertThat(row.path("code").asText()).isEqualTo("3101");
    assertThat(row.path("tps").path("expected").asInt()).isEqualTo(88);
    assertThat(row.path("tps").path("received").asInt()).isEqualTo(81);
    assertThat(
            row.path("choices").path("1").asLong()
                + row.path("choices").path("2").asLong()
                + row.path("choices").path("3").asLong())
        .isPositive();
    assertThat(row.path("admin").has("usersDpk")).isTrue();
  }

  @Test
  void recapAsCsvHasDottedHeaders() {
    var r =
        cli.run(
            "--workspace",
            ws.toString(),
            "recap",
            "--contest",
            "ppwp",
            "--level",
            "desa",
            "--format",
            "csv");
    assertThat(r.status()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0])
        .startsWith(
            "code,name,tps.expected,tps.received,choices.1,choices.2,choices.3,valid,invalid,total,admin.dpt");
    assertThat(lines).hasSize(7);
  }

  @Test
  void workspaceOptionMayFollowTheCommand() {
    var r = cli.run("status", "--workspace", ws.toString());
    assertThat(r.status()).as(r.err()).isZero();
    // the per-kecamatan table of a KPU Kabupaten/Kota
    assertThat(r.out())
        .contains("Per kecamatan, surat suara ppwp:")
        .contains("Ditetapkan PPK")
        .contains("310102")
        .contains("belum ada paket");
  }

  @Test
  void auditVerifyPasses() {
    var r = cli.run("--workspace", ws.toString(), "audit", "verify");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("utuh");
  }

  @Test
  void badFileIsExit3WithOneLineNamingItAndNoTrace() throws Exception {
    Path bad = tmp.resolve("bad/ppwp/3101011001001.json");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "{\"chart\": {\"100025\": 12", StandardCharsets.UTF_8);
    var r = cli.run("--workspace", ws.toString(), "--user", "ani", "import", bad.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err())
        .contains(bad.toString())
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.err().lines().filter(l -> l.contains(bad.toString())).count()).isEqualTo(1);
  }

  @Test
  void englishMessagesWithLangEn() throws Exception {
    Path bad = tmp.resolve("bad-en/ppwp/3101011001001.json");
    Files.createDirectories(bad.getParent());
    Files.writeString(
        bad, "{\"chart\": {\"100025\": -4}, \"status_suara\": true}", StandardCharsets.UTF_8);
    var r =
        CliAccounts.cli(tmp.resolve("home"))
            .english()
            .run("--workspace", ws.toString(), "--user", "ani", "import", bad.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).contains("negative number").contains("chart.100025");
  }

  @Test
  void usageErrorsAreExit2() {
    assertThat(cli.run("--workspace", ws.toString(), "recap", "--contest", "ppwp").status())
        .isEqualTo(2);
    assertThat(
            cli.run("--workspace", ws.toString(), "recap", "--contest", "xyz", "--level", "desa")
                .status())
        .isEqualTo(2);
    assertThat(
            cli.run("--workspace", ws.toString(), "recap", "--contest", "ppwp", "--level", "rt")
                .status())
        .isEqualTo(2);
    assertThat(cli.run("--no-such-option").status()).isEqualTo(2);
  }

  @Test
  void missingWorkspaceIsAClearError() {
    var r = cli.run("--workspace", tmp.resolve("nowhere").toString(), "status");
    assertThat(r.status()).isEqualTo(4);
    assertThat(r.err()).contains("rekap init");
  }

  @Test
  void initRefusesABadElectionAndCreatesNothing() throws Exception {
    Path election = tmp.resolve("bad-election.json");
    Files.writeString(election, "{\"format\": \"rekap-election/1\"}");
    Path target = tmp.resolve("never");
    var r =
        cli.run(
            "--workspace",
            target.toString(),
            "init",
            "--level",
            "kecamatan",
            "--region",
            "310101",
            "--election",
            election.toString(),
            "--admin",
            "admin");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).contains("election");
    assertThat(target).doesNotExist();
  }

  @Test
  void demoWithoutDisplayPrintsTheRecap() {
    var r = new CliRun(tmp.resolve("demo-home")).run("demo", "--no-gui");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("KEPULAUAN SERIBU UTARA").contains("ppwp");
    assertThat(tmp.resolve("demo-home/.rekap-demo/rekap.mv.db")).exists();
    var again = new CliRun(tmp.resolve("demo-home")).run("demo", "--no-gui");
    assertThat(again.status()).isZero();
  }

  @Test
  void reportWritesTheFormsAtomicallyWithTheMarkingInTheName() throws Exception {
    Path out = tmp.resolve("forms");
    Files.createDirectories(out);
    for (String format : new String[] {"pdf", "xlsx"}) {
      var r =
          cli.run(
              "--workspace",
              ws.toString(),
              "report",
              "--contest",
              "ppwp",
              "--form",
              "d-hasil",
              "--format",
              format,
              "--out",
              out.toString(),
              "--paper",
              "f4",
              "--member",
              "Ketua=Siti Aminah");
      assertThat(r.status()).as(r.err()).isZero();
      Path written = out.resolve("d-hasil-kabkota-ppwp-3101-draft." + format);
      assertThat(written).isNotEmptyFile();
      // both digests, labelled: the data's (in the QR code) and the file's own
      assertThat(r.out())
          .contains("DRAF")
          .containsPattern("SHA-256 data \\(isi kode QR\\): [0-9a-f]{64}")
          .contains("SHA-256 berkas: " + id.rekap.signing.Sha256.hex(Files.readAllBytes(written)));
    }
    Path kejadian = out.resolve("kejadian.pdf");
    var k =
        cli.run(
            "--workspace",
            ws.toString(),
            "report",
            "--contest",
            "ppwp",
            "--form",
            "d-kejadian",
            "--format",
            "pdf",
            "--out",
            kejadian.toString(),
            "--region",
            "31.01.01");
    assertThat(k.status()).as(k.err()).isZero();
    assertThat(Files.readAllBytes(kejadian)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
    var bad =
        cli.run(
            "--workspace",
            ws.toString(),
            "report",
            "--contest",
            "ppwp",
            "--form",
            "d-x",
            "--format",
            "pdf",
            "--out",
            kejadian.toString());
    assertThat(bad.status()).isNotZero();
    assertThat(bad.err()).contains("d-hasil, d-kejadian");
  }
}
