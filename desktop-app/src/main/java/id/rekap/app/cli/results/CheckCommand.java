package id.rekap.app.cli.results;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.Converters;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.check.Finding;
import id.rekap.core.check.FindingsDocument;
import id.rekap.core.check.Severity;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.result.Source;
import id.rekap.core.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rekap check}: every finding (docs/contract.md §6); exit 1 when any ERROR exists. */
@Command(name = "check")
public final class CheckCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest", paramLabel = "CODE")
  private ContestCode contest;

  @Option(
      names = "--format",
      paramLabel = "text|csv|json",
      defaultValue = "text",
      converter = Converters.CheckFormat.class)
  private String format;

  @Option(names = "--source", paramLabel = "sirekap|chasil|salinan|package|correction")
  private Source source;

  @Override
  public Integer call() {
    try (Workspace ws = root.openForReading()) {
      if (contest != null && ws.election().contest(contest).isEmpty()) {
        throw RekapException.usage("recap.error.contest", contest, ws.election().id());
      }
      List<Finding> findings =
          (source == null ? ws.check().run() : ws.check().run(source))
              .findings().stream().filter(f -> contest == null || f.contest() == contest).toList();
      CliIo io = root.io();
      switch (format) {
        case "json" ->
            io.out().println(Json.canonicalOrdered(FindingsDocument.json(findings, io.locale())));
        case "csv" -> io.out().print(FindingsDocument.csv(findings, io.locale()));
        default -> {
          io.out().print(FindingsDocument.text(findings, io.locale()));
          long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
          io.out()
              .println(
                  io.text(
                      "cli.check.summary", io.count(errors), io.count(findings.size() - errors)));
        }
      }
      return ExitStatus.wrongIf(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR));
    }
  }
}
