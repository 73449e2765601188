package id.rekap.app.cli.results;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.Converters;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.exchange.PackageCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.result.Source;
import id.rekap.core.revote.RevoteKind;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap import}: TPS results. Exit 3 when any file is refused (and, without {@code
 * --skip-invalid}, nothing was written); exit 1 when files conflict with stored data.
 */
@Command(name = "import")
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest", paramLabel = "CODE")
  private ContestCode contest;

  @Option(
      names = "--source",
      paramLabel = "sirekap|chasil|salinan",
      defaultValue = "sirekap",
      converter = Converters.ImportSource.class)
  private Source source;

  @Option(names = "--skip-invalid")
  private boolean skipInvalid;

  @Option(names = "--correction", paramLabel = "REASON")
  private String correction;

  @Option(names = "--revote", paramLabel = "psu|psl|pss|puss")
  private RevoteKind revote;

  @Option(names = "--reason", paramLabel = "TEXT")
  private String revoteReason;

  @Parameters(arity = "1..*", paramLabel = "PATH")
  private List<Path> paths;

  @Override
  public Integer call() {
    if (paths.size() == 1 && isPackage(paths.getFirst())) {
      // docs/contract.md §1: import also takes a recap package from the level below
      return PackageCommand.importPackage(root, paths.getFirst());
    }
    Optional<ContestCode> contestCode = Optional.ofNullable(contest);
    if (correction != null && correction.isBlank()) {
      throw RekapException.usage("cli.import.reason");
    }
    Optional<ImportRequest.RevoteDeclared> declared = Optional.empty();
    if (revote != null) {
      if (revoteReason == null || revoteReason.isBlank()) {
        throw RekapException.usage("cli.import.revoteReason");
      }
      declared = Optional.of(new ImportRequest.RevoteDeclared(revote, revoteReason.strip()));
    }
    ImportRequest request =
        new ImportRequest(
            paths,
            contestCode,
            source,
            skipInvalid,
            Optional.ofNullable(correction).map(String::strip),
            declared);
    if (paths.size() == 1 && isTemplate(paths.getFirst())) {
      return importTemplate(contestCode, source);
    }
    try (Workspace ws = root.openWorkspace()) {
      // a declared re-vote drops a TPS's results from the count: the chair's decision
      User by = declared.isPresent() ? root.login(ws, Role.CHAIR) : root.login(ws);
      ImportSummary s = ws.importResults().run(by, request, ImportResults.Progress.NONE);
      return report(s);
    }
  }

  private static boolean isPackage(Path p) {
    return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".rekap");
  }

  private static boolean isTemplate(Path p) {
    String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".csv");
  }

  /** A filled entry template: a keying by the importing user of every filled TPS (double entry). */
  private int importTemplate(Optional<ContestCode> contestCode, Source src) {
    ContestCode code =
        contestCode.orElseThrow(() -> RekapException.usage("cli.import.templateContest"));
    if (src != Source.CHASIL && src != Source.SALINAN) {
      throw RekapException.usage("cli.import.templateSource");
    }
    try (Workspace ws = root.openWorkspace()) {
      var outcomes =
          ws.templateImport()
              .run(root.login(ws, id.rekap.core.user.Role.OPERATOR), paths.getFirst(), code, src);
      CliIo io = root.io();
      long counted =
          outcomes.stream()
              .filter(o -> o.state() == id.rekap.core.entry.KeyedEntry.State.COUNTED)
              .count();
      long waiting =
          outcomes.stream()
              .filter(o -> o.state() == id.rekap.core.entry.KeyedEntry.State.AWAITING_SECOND)
              .count();
      long mismatched = outcomes.size() - counted - waiting;
      io.out()
          .println(
              io.text(
                  "cli.import.template",
                  io.count(outcomes.size()),
                  io.count(counted),
                  io.count(waiting),
                  io.count(mismatched)));
      return ExitStatus.wrongIf(mismatched > 0);
    }
  }

  private int report(ImportSummary s) {
    CliIo io = root.io();
    for (RekapException e : s.refused()) {
      io.err().println("rekap: " + io.text(e));
    }
    for (ImportSummary.Conflict c : s.conflicts()) {
      io.err()
          .println(
              "rekap: "
                  + (c.why() == ImportSummary.Why.REVOTED
                      ? io.text("cli.import.conflictRevote", c.file(), c.tps(), c.contest())
                      : io.text(
                          "cli.import.conflict", c.file(), c.tps(), c.contest(), c.source())));
    }
    io.out()
        .println(
            io.text(
                "cli.import.summary",
                io.count(s.files()),
                io.count(s.imported()),
                io.count(s.corrected()),
                io.count(s.unchanged()),
                io.count(s.notDigitised()),
                io.count(s.conflicts().size()),
                io.count(s.refused().size()),
                io.count(s.skipped()),
                io.count(s.outside())));
    if (s.revoted() > 0) {
      io.out().println(io.text("cli.import.revoted", io.count(s.revoted())));
    }
    if (s.published() > 0) {
      io.out().println(io.text("cli.import.published", io.count(s.published())));
    }
    if (!s.refused().isEmpty()) {
      io.err()
          .println("rekap: " + io.text(s.applied() ? "cli.import.partial" : "cli.import.nothing"));
      return ExitStatus.BAD_INPUT.code();
    }
    return ExitStatus.wrongIf(!s.conflicts().isEmpty());
  }
}
