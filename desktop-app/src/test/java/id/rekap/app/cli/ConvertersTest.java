package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An option value picocli converts (issue 19, {@link Converters}) is refused as the commands
 * refused it by hand before: one line "rekap: " and the command line's own message, in the user's
 * language, exit 2, nothing on stdout, neither picocli's English "Invalid value" nor the usage
 * hint. The values are refused before a workspace is opened, so none is needed here.
 */
class ConvertersTest {
  @TempDir Path home;

  /** A command line with one bad value, the message key it is refused with and its arguments. */
  record Refusal(List<String> args, String key, Object... values) {}

  private static final List<Refusal> REFUSALS =
      List.of(
          new Refusal(
              List.of("recap", "--contest", "xyz", "--level", "tps"), "cli.contest.unknown", "xyz"),
          new Refusal(
              List.of("recap", "--contest", "ppwp", "--level", "rt"), "cli.recap.level", "rt"),
          new Refusal(
              List.of("recap", "--contest", "ppwp", "--level", "tps", "--format", "xml"),
              "cli.format.unknown",
              "xml",
              "json|csv|text"),
          new Refusal(
              List.of("check", "--format", "xml"), "cli.format.unknown", "xml", "text|csv|json"),
          new Refusal(
              List.of("status", "--format", "csv"), "cli.format.unknown", "csv", "text|json"),
          new Refusal(
              List.of("adopt", "--format", "csv"), "cli.format.unknown", "csv", "text|json"),
          new Refusal(
              List.of("adopt", "queue", "--format", "csv"),
              "cli.format.unknown",
              "csv",
              "text|json"),
          new Refusal(List.of("adopt", "queue", "--contest", "dpr"), "cli.contest.unknown", "dpr"),
          new Refusal(
              List.of("key", "--contest", "ppwp", "--tps", "123", "--set", "a=1"),
              "cli.tps.code",
              "123"),
          new Refusal(
              List.of("key", "--contest", "ppwp", "--tps", "3171011001001", "--source", "plano"),
              "cli.import.source",
              "plano"),
          new Refusal(
              List.of("import", "--source", "package", "results.json"),
              "cli.import.source",
              "package"),
          new Refusal(
              List.of("import", "--revote", "ulang", "results.json"),
              "cli.import.revoteKind",
              "ulang"),
          new Refusal(
              List.of("init", "--level", "desa", "--region", "31.71", "--election", "e.json"),
              "cli.init.level",
              "desa"),
          new Refusal(
              List.of("template", "--contest", "ppwp", "--format", "ods", "--out", "t.ods"),
              "cli.format.unknown",
              "ods",
              "xlsx|csv"),
          new Refusal(
              List.of("report", "--form", "c-hasil", "--format", "pdf", "--out", "r.pdf"),
              "cli.report.form",
              "c-hasil"),
          new Refusal(
              List.of("report", "--form", "d-hasil", "--format", "doc", "--out", "r.doc"),
              "cli.format.unknown",
              "doc",
              "xlsx|pdf"),
          new Refusal(
              List.of(
                  "report",
                  "--form",
                  "d-hasil",
                  "--format",
                  "pdf",
                  "--out",
                  "r.pdf",
                  "--paper",
                  "a3"),
              "cli.report.paper",
              "a3"),
          new Refusal(
              List.of(
                  "report",
                  "--form",
                  "d-hasil",
                  "--format",
                  "pdf",
                  "--out",
                  "r.pdf",
                  "--region",
                  "jakarta"),
              "cli.report.region",
              "jakarta"),
          new Refusal(
              List.of(
                  "objection",
                  "add",
                  "--kind",
                  "protes",
                  "--place",
                  "31.71",
                  "--by",
                  "Saksi",
                  "--text",
                  "x"),
              "cli.objection.kind",
              "protes"),
          new Refusal(
              List.of("objection", "respond", "1", "--response", "r", "--decision", "maybe"),
              "cli.objection.decision",
              "maybe"),
          new Refusal(
              List.of(
                  "revote",
                  "declare",
                  "--tps",
                  "3171011001001",
                  "--contest",
                  "ppwp",
                  "--kind",
                  "ulang",
                  "--reason",
                  "r"),
              "cli.import.revoteKind",
              "ulang"),
          new Refusal(
              List.of("election", "from-sirekap", "--region", "31", "--out", "e.json", "c.json"),
              "cli.election.region",
              "31"),
          new Refusal(
              List.of(
                  "election",
                  "from-sirekap",
                  "--region",
                  "31.71",
                  "--out",
                  "e.json",
                  "--mode",
                  "latihan",
                  "c.json"),
              "cli.election.mode",
              "latihan"),
          new Refusal(
              List.of("plenary", "open", "--place", "Aula", "--at", "besok pagi"),
              "cli.plenary.time",
              "besok pagi"));

  @Test
  void aBadValueIsRefusedAsTheCommandRefusedItInBothLanguages() {
    SoftAssertions soft = new SoftAssertions();
    for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
      for (Refusal r : REFUSALS) {
        CliRun cli = new CliRun(home);
        if (locale.equals(Locale.ENGLISH)) {
          cli.english();
        }
        String[] args = withWorkspace(r.args());
        CliRun.Result result = cli.run(args);
        String where = locale.getLanguage() + " " + String.join(" ", r.args());
        soft.assertThat(result.status()).as(where).isEqualTo(ExitStatus.USAGE.code());
        soft.assertThat(result.out()).as(where).isEmpty();
        soft.assertThat(result.err().strip())
            .as(where)
            .isEqualTo("rekap: " + CliMessages.get(locale, r.key(), r.values()));
      }
    }
    soft.assertAll();
  }

  @Test
  void theIndonesianLinesReadAsBefore() {
    CliRun cli = new CliRun(home);
    assertThat(cli.run(withWorkspace(List.of("check", "--contest", "xyz"))).err().strip())
        .isEqualTo(
            "rekap: Kode kontestasi \"xyz\" tidak dikenal (ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp,"
                + " pkwkk)");
    assertThat(cli.run(withWorkspace(List.of("status", "--format", "csv"))).err().strip())
        .isEqualTo("rekap: Format \"csv\" tidak dikenal (text|json)");
  }

  private String[] withWorkspace(List<String> args) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of("--workspace", home.resolve("none").toString()),
            args.stream())
        .toArray(String[]::new);
  }
}
