package id.rekap.app.cli.plenary;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Objections;
import id.rekap.core.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rekap objection add|respond|list}: keberatan saksi and kejadian khusus. */
@Command(
    name = "objection",
    subcommands = {
      ObjectionCommand.Add.class,
      ObjectionCommand.Respond.class,
      ObjectionCommand.Recommend.class,
      ObjectionCommand.ListAll.class
    })
public final class ObjectionCommand {
  @ParentCommand RootCommand root;

  @Command(name = "add")
  static final class Add implements Callable<Integer> {
    @ParentCommand private ObjectionCommand parent;

    @Option(names = "--kind", required = true, paramLabel = "keberatan|kejadian")
    private Objections.Kind kind;

    @Option(names = "--place", required = true, paramLabel = "CODE")
    private String place;

    @Option(names = "--contest")
    private ContestCode contest;

    @Option(names = "--by", required = true, paramLabel = "WHO")
    private String by;

    @Option(names = "--participant", paramLabel = "NOMOR")
    private Integer participant;

    @Option(names = "--text", required = true)
    private String text;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        long id =
            ws.objections()
                .record(
                    root.login(ws),
                    new Objections.Raised(kind, contest, participant, place, by, text));
        root.io().out().println(root.io().text("cli.objection.recorded", id));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "respond")
  static final class Respond implements Callable<Integer> {
    @ParentCommand private ObjectionCommand parent;

    @Parameters(index = "0", paramLabel = "ID")
    private long id;

    @Option(names = "--response", required = true)
    private String response;

    @Option(names = "--decision", required = true, paramLabel = "accepted|rejected")
    private Objections.Decision decision;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ws.objections().respond(root.login(ws), id, response, decision);
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "recommend")
  static final class Recommend implements Callable<Integer> {
    @ParentCommand private ObjectionCommand parent;

    @Parameters(index = "0", paramLabel = "ID")
    private long id;

    @Option(names = "--text", required = true)
    private String text;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ws.objections().recommend(root.login(ws), id, text);
      }
      root.io().out().println(root.io().text("cli.objection.recommended", id));
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "list")
  static final class ListAll implements Callable<Integer> {
    @ParentCommand private ObjectionCommand parent;

    @Option(names = "--place", paramLabel = "CODE")
    private String place;

    @Override
    public Integer call() {
      try (Workspace ws = parent.root.openWorkspace()) {
        ws.objections()
            .list(place)
            .forEach(
                o ->
                    parent
                        .root
                        .io()
                        .out()
                        .printf(
                            "#%d %-9s %-13s %-8s %s%s: %s | %s | %s | %s%n",
                            o.id(),
                            o.kind().id(),
                            o.place(),
                            o.decision().id(),
                            parent.root.io().safe(o.raisedBy()),
                            o.participant() == null
                                ? ""
                                : " ("
                                    + o.contest()
                                    + " "
                                    + parent.root.io().safe(o.participant())
                                    + ")",
                            parent.root.io().safe(o.text()),
                            o.response() == null ? "-" : parent.root.io().safe(o.response()),
                            o.recommendation() == null
                                ? "-"
                                : parent.root.io().safe(o.recommendation()),
                            o.at()));
      }
      return ExitStatus.OK.code();
    }
  }
}
