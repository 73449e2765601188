package id.rekap.app.cli.results;

import id.rekap.app.cli.Assignments;
import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.FieldDiff;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap --user NAME key --contest CODE --tps CODE --set field=value ...}: one keying of a
 * C.Hasil (the first, or the second by another user). Exit 1 when the second keying disagrees.
 */
@Command(name = "key")
public final class KeyCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest", required = true, paramLabel = "CODE")
  private ContestCode contest;

  @Option(names = "--tps", required = true, paramLabel = "CODE")
  private TpsCode tps;

  @Option(names = "--source", defaultValue = "chasil", paramLabel = "chasil|salinan")
  private Source source;

  @Option(names = "--set", paramLabel = "FIELD=VALUE")
  private List<String> sets;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      var user = root.login(ws);
      var c =
          ws.election()
              .contest(contest)
              .orElseThrow(
                  () -> RekapException.usage("recap.error.contest", contest, ws.election().id()));
      var outcome = ws.entry().key(user, KeyedForm.filled(c, tps, source, Assignments.parse(sets)));
      CliIo io = root.io();
      io.out().println(io.text("cli.key." + outcome.state().name(), tps, contest));
      for (FieldDiff.Mismatch m : outcome.mismatches()) {
        io.out()
            .printf(
                "  %-28s %8s %8s%n",
                m.field(),
                m.first() == null ? "-" : m.first(),
                m.second() == null ? "-" : m.second());
      }
      return ExitStatus.wrongIf(outcome.state() == KeyedEntry.State.MISMATCH);
    }
  }
}
