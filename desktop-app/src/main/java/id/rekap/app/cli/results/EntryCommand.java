package id.rekap.app.cli.results;

import id.rekap.app.cli.Assignments;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rekap entry list} and {@code rekap --user VERIFIER entry resolve ...}: double entry. */
@Command(
    name = "entry",
    subcommands = {EntryCommand.ListPending.class, EntryCommand.Resolve.class})
public final class EntryCommand {
  @ParentCommand RootCommand root;

  @Command(name = "list")
  static final class ListPending implements Callable<Integer> {
    @ParentCommand private EntryCommand parent;

    @Override
    public Integer call() {
      try (Workspace ws = parent.root.openWorkspace()) {
        ws.entry()
            .pending()
            .forEach(
                k ->
                    parent
                        .root
                        .io()
                        .out()
                        .printf(
                            "%s %-6s %-8s round %d  %s  %s%n",
                            k.values().tps(),
                            k.values().contest(),
                            k.values().source().id(),
                            k.round(),
                            k.user(),
                            k.keyedAt()));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "resolve")
  static final class Resolve implements Callable<Integer> {
    @ParentCommand private EntryCommand parent;

    @Option(names = "--contest", required = true)
    private ContestCode contest;

    @Option(names = "--tps", required = true)
    private TpsCode tps;

    @Option(names = "--source", defaultValue = "chasil")
    private Source source;

    @Option(names = "--set", required = true, paramLabel = "FIELD=VALUE")
    private List<String> sets;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        var verifier = root.login(ws);
        var c =
            ws.election()
                .contest(contest)
                .orElseThrow(
                    () -> RekapException.usage("recap.error.contest", contest, ws.election().id()));
        ws.entry().resolve(verifier, KeyedForm.blank(c, tps, source), Assignments.parse(sets));
        root.io().out().println(root.io().text("cli.key.COUNTED", tps, contest));
      }
      return ExitStatus.OK.code();
    }
  }
}
