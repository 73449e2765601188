package id.rekap.app.cli.plenary;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.election.ContestCode;
import id.rekap.core.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The subcommands of {@code rekap adopt}: queue, history, reopen, rule, use-package. */
public final class AdoptSubcommands {
  private AdoptSubcommands() {}

  @Command(name = "queue")
  static final class Queue implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Mixin private ContestOption contest;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    private String format;

    @Override
    public Integer call() {
      AdoptionText.requireFormat(format);
      try (Workspace ws = parent.root.openWorkspace()) {
        ContestCode c = contest.in(ws);
        new AdoptionText(parent.root.io(), ws.regionTree()).queue(ws.adoptions().queue(c), format);
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "history")
  static final class History implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Mixin private ContestOption contest;

    @Option(names = "--code", paramLabel = "CODE")
    private String code;

    @Override
    public Integer call() {
      try (Workspace ws = parent.root.openWorkspace()) {
        ContestCode c = contest.in(ws);
        new AdoptionText(parent.root.io(), ws.regionTree())
            .history(ws.adoptions().history(c, code));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "reopen")
  static final class Reopen implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Mixin private ContestOption contest;

    @Option(names = "--code", required = true, paramLabel = "CODE")
    private String code;

    @Option(names = "--reason", required = true)
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ContestCode c = contest.in(ws);
        var reopened = ws.adoptions().reopen(root.login(ws), c, code, reason);
        root.io().out().println(root.io().text("cli.adopt.reopened", String.join(", ", reopened)));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "rule")
  static final class Rule implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Mixin private ContestOption contest;

    @Option(names = "--code", required = true, paramLabel = "CODE")
    private String code;

    @Option(names = "--decision", required = true)
    private String decision;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ContestCode c = contest.in(ws);
        long id = ws.adoptions().rule(root.login(ws), c, code, decision);
        root.io().out().println(root.io().text("cli.adopt.ruledDone", code, id));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "use-package")
  static final class UsePackage implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Mixin private ContestOption contest;

    @Option(names = "--tps", required = true, paramLabel = "TPS")
    private String tps;

    @Option(names = "--reason", required = true)
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ContestCode c = contest.in(ws);
        var removed = ws.adoptions().usePackage(root.login(ws), c, tps, reason);
        root.io()
            .out()
            .println(
                root.io()
                    .text(
                        "cli.adopt.packageUsed",
                        tps,
                        String.join(
                            ", ",
                            removed.stream()
                                .map(s -> root.io().text("adoption.source." + s.id()))
                                .toList())));
      }
      return ExitStatus.OK.code();
    }
  }
}
