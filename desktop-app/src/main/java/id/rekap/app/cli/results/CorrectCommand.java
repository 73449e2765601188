package id.rekap.app.cli.results;

import id.rekap.app.cli.Assignments;
import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.region.TpsCode;
import id.rekap.core.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap --user KETUA correct --contest C --tps T --set field=value --reason R --evidence E
 * --proposed-by P}: a plenary correction, approved by the chair who runs it; {@code --history}
 * lists the corrections of the TPS instead.
 */
@Command(name = "correct")
public final class CorrectCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest", required = true)
  private ContestCode contest;

  @Option(names = "--tps", required = true)
  private TpsCode tps;

  @Option(names = "--set", paramLabel = "FIELD=VALUE")
  private List<String> sets;

  @Option(names = "--reason")
  private String reason;

  @Option(names = "--evidence", paramLabel = "plano|salinan|recount|other")
  private String evidence;

  @Option(names = "--proposed-by", paramLabel = "WHO")
  private String proposedBy;

  @Option(names = "--history")
  private boolean history;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      CliIo io = root.io();
      if (history) {
        ws.corrections()
            .history(tps, contest)
            .forEach(
                h ->
                    io.out()
                        .printf(
                            "%s  %-24s %6s -> %-6s %-8s %s; %s; %s%n",
                            h.at(),
                            h.field(),
                            h.oldValue(),
                            h.newValue(),
                            h.evidence().id(),
                            io.safe(h.proposedBy()),
                            h.approvedBy(),
                            io.safe(h.reason())));
        return ExitStatus.OK.code();
      }
      Evidence e =
          evidence == null
              ? null
              : Evidence.of(evidence)
                  .orElseThrow(() -> RekapException.badInput("correction.error.evidence"));
      ws.corrections()
          .correct(
              root.login(ws),
              new Corrections.Request(
                  tps, contest, Assignments.parse(sets), reason, e, proposedBy));
      io.out().println(io.text("cli.correct.done", tps, contest));
    }
    return ExitStatus.OK.code();
  }
}
