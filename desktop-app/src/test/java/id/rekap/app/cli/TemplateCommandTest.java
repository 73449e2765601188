package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.result.Source;
import id.rekap.core.template.TemplateReader;
import id.rekap.core.template.TemplateTarget;
import id.rekap.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code rekap template}: writes XLSX and CSV templates atomically, refuses bad options. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateCommandTest {
  @TempDir static Path tmp;
  private Path ws;
  private CliRun cli;

  @BeforeAll
  void workspace() {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    ws = tmp.resolve("ws");
    cli = new CliRun(tmp.resolve("home"));
    // the creator's master data, imported while creating the workspace
    var init =
        CliAccounts.cli(tmp.resolve("home"))
            .run(
                "--workspace",
                ws.toString(),
                "init",
                "--level",
                "kabkota",
                "--region",
                "31.01",
                "--election",
                data.resolve(DemoData.ELECTION).toString(),
                "--admin",
                "admin",
                "--regions",
                data.resolve(DemoData.REGIONS).toString());
    assertThat(init.status()).as(init.err()).isZero();
  }

  private CliRun.Result template(String... args) {
    return cli.run(
        Stream.concat(Stream.of("--workspace", ws.toString(), "template"), Stream.of(args))
            .toArray(String[]::new));
  }

  @Test
  void writesAnXlsxTemplateThatReadsBackEmpty() throws Exception {
    Path out = tmp.resolve("ppwp.xlsx");
    var r = template("--contest", "ppwp", "--format", "xlsx", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("ppwp").contains("88 TPS");
    assertThat(Files.readAllBytes(out)).startsWith('P', 'K', 3, 4);
    try (Workspace w = Workspace.open(ws, CliRun.CLOCK)) {
      TemplateTarget t = TemplateTarget.of(w.election(), w.regionTree(), ContestCode.PPWP);
      assertThat(TemplateReader.read(out, t, Source.CHASIL)).isEmpty();
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }
  }

  @Test
  void writesACsvTemplateReplacingAnOldFile() throws Exception {
    Path out = tmp.resolve("ppwp.csv");
    Files.writeString(out, "old");
    var r = template("--contest", "PPWP", "--format", "csv", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF#rekap-template/1,pemilu-2024");
    assertThat(csv.lines().count()).isEqualTo(3 + 88);
  }

  @Test
  void refusesBadOptions() {
    Path out = tmp.resolve("x.xlsx");
    assertThat(template("--contest", "dpr", "--format", "xlsx", "--out", out.toString()).status())
        .isEqualTo(2);
    var badFormat = template("--contest", "ppwp", "--format", "ods", "--out", out.toString());
    assertThat(badFormat.status()).isEqualTo(2);
    assertThat(badFormat.err()).contains("ods");
    assertThat(template("--contest", "ppwp", "--format", "xlsx").status()).isEqualTo(2);
    assertThat(template("--format", "xlsx", "--out", out.toString()).status()).isEqualTo(2);
    // a contest the election does not hold is bad input, not bad usage
    assertThat(template("--contest", "pdpr", "--format", "xlsx", "--out", out.toString()).status())
        .isEqualTo(3);
    assertThat(out).doesNotExist();
  }
}
