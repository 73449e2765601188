package id.rekap.app.cli.results;

import id.rekap.app.cli.Converters;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.Json;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapCsv;
import id.rekap.core.recap.RecapDocument;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.result.Source;
import id.rekap.core.workspace.Workspace;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rekap recap}: totals per region at one level (docs/contract.md §5). */
@Command(name = "recap")
public final class RecapCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest", required = true, paramLabel = "CODE")
  private ContestCode contest;

  @Option(names = "--level", required = true, paramLabel = "tps|desa|kecamatan|kabkota")
  private RecapLevel level;

  @Option(
      names = "--format",
      paramLabel = "json|csv|text",
      defaultValue = "json",
      converter = Converters.RecapFormat.class)
  private String format;

  @Option(names = "--source", paramLabel = "sirekap|chasil|salinan|package|correction")
  private Source source;

  @Override
  public Integer call() {
    try (Workspace ws = root.openForReading()) {
      Contest c = ws.recap().contest(contest);
      var only =
          source == null ? java.util.Optional.<Source>empty() : java.util.Optional.of(source);
      List<RecapRow> rows = ws.recap().run(contest, level, only);
      Map<String, Object> doc = RecapDocument.of(c, level, rows);
      switch (format) {
        case "json" -> root.io().out().println(Json.canonicalOrdered(doc));
        case "csv" -> root.io().out().print(RecapCsv.of(doc));
        default -> new RecapText(root.io()).print(c, rows);
      }
    }
    return ExitStatus.OK.code();
  }
}
