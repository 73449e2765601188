package id.rekap.app.cli.results;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.Adoption;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.revote.Revote;
import id.rekap.core.revote.RevoteKind;
import id.rekap.core.revote.Revotes;
import id.rekap.core.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap --user KETUA revote declare --tps T --contest C --kind psu --reason R}: a TPS voted
 * (or counted) again; its earlier results leave the count for the history, and the new result is
 * imported or keyed as usual. {@code rekap revote list}: every re-vote with the result it replaced.
 */
@Command(
    name = "revote",
    subcommands = {RevoteCommand.Declare.class, RevoteCommand.ListRevotes.class})
public final class RevoteCommand {
  @ParentCommand RootCommand root;

  @Command(name = "declare")
  static final class Declare implements Callable<Integer> {
    @ParentCommand private RevoteCommand parent;

    @Option(names = "--tps", required = true, paramLabel = "CODE")
    private TpsCode tps;

    @Option(names = "--contest", required = true, paramLabel = "CODE")
    private ContestCode contest;

    @Option(names = "--kind", required = true, paramLabel = "psu|psl|pss|puss")
    private RevoteKind kind;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        Revote r =
            ws.revotes()
                .declare(root.login(ws), new Revotes.Declaration(tps, contest, kind, reason));
        root.io()
            .out()
            .println(
                root.io()
                    .text(
                        "cli.revote.declared",
                        r.kind().code(),
                        r.tps().dotted(),
                        r.contest(),
                        r.superseded().size()));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "list")
  static final class ListRevotes implements Callable<Integer> {
    @ParentCommand private RevoteCommand parent;

    @Override
    public Integer call() {
      CliIo io = parent.root.io();
      try (Workspace ws = parent.root.openWorkspace()) {
        List<Revote> all = ws.revotes().under("");
        for (Revote r : all) {
          io.out()
              .println(
                  io.text(
                      "cli.revote.line",
                      r.declaredAt(),
                      r.kind().code(),
                      r.tps().value(),
                      r.contest(),
                      io.text("cli.revote.by." + r.markedBy().id(), r.declaredBy()),
                      r.reason().isEmpty() ? "-" : r.reason(),
                      earlier(io, r)));
        }
        if (all.isEmpty()) {
          io.out().println(io.text("cli.revote.none"));
        }
      }
      return ExitStatus.OK.code();
    }

    private static String earlier(CliIo io, Revote r) {
      Adoption a = new Adoption();
      r.superseded().forEach(a::offer);
      List<TpsResult> adopted = a.adopted();
      if (adopted.isEmpty()) {
        return io.text("cli.revote.noEarlier");
      }
      TpsResult e = adopted.getFirst();
      Integer valid = e.admin().get(AdminField.VALID);
      return io.text(
          "cli.revote.earlier",
          e.source().id(),
          valid == null ? "-" : io.count(valid),
          String.join(
              ", ",
              e.votes().asMap().entrySet().stream()
                  // candidate numbers; a party list's cells are summed in its valid votes
                  .filter(v -> VoteKey.party(v.getKey()) == 0)
                  .map(
                      v ->
                          "("
                              + v.getKey()
                              + ") "
                              + (v.getValue() == null ? "-" : io.count(v.getValue())))
                  .toList()),
          e.digest().substring(0, 12));
    }
  }
}
