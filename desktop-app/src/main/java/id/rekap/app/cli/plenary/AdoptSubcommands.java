package id.rekap.app.cli.plenary;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.FormatOption;
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

  /**
   * What every subcommand shares: {@code adopt} as parent, the {@code --contest} option, the
   * workspace opened once and the contest resolved in it. Picocli reads the annotated fields of the
   * superclass too, so each subcommand declares only its own options.
   */
  abstract static class OnContest implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Mixin private ContestOption contest;

    @Override
    public final Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        run(root, ws, contest.in(ws));
      }
      return ExitStatus.OK.code();
    }

    abstract void run(RootCommand root, Workspace ws, ContestCode contest);
  }

  /** A chair's act on one place named by {@code --code}: reopen, rule. */
  abstract static class OnPlace extends OnContest {
    @Option(names = "--code", required = true, paramLabel = "CODE")
    String code;
  }

  @Command(name = "queue")
  static final class Queue extends OnContest {
    @Mixin private FormatOption format;

    @Override
    void run(RootCommand root, Workspace ws, ContestCode c) {
      new AdoptionText(root.io(), ws.regionTree()).queue(ws.adoptions().queue(c), format.value());
    }
  }

  @Command(name = "history")
  static final class History extends OnContest {
    @Option(names = "--code", paramLabel = "CODE")
    private String code;

    @Override
    void run(RootCommand root, Workspace ws, ContestCode c) {
      new AdoptionText(root.io(), ws.regionTree()).history(ws.adoptions().history(c, code));
    }
  }

  @Command(name = "reopen")
  static final class Reopen extends OnPlace {
    @Option(names = "--reason", required = true)
    private String reason;

    @Override
    void run(RootCommand root, Workspace ws, ContestCode c) {
      var reopened = ws.adoptions().reopen(root.login(ws), c, code, reason);
      root.io().out().println(root.io().text("cli.adopt.reopened", String.join(", ", reopened)));
    }
  }

  @Command(name = "rule")
  static final class Rule extends OnPlace {
    @Option(names = "--decision", required = true)
    private String decision;

    @Override
    void run(RootCommand root, Workspace ws, ContestCode c) {
      long id = ws.adoptions().rule(root.login(ws), c, code, decision);
      root.io().out().println(root.io().text("cli.adopt.ruledDone", code, id));
    }
  }

  @Command(name = "use-package")
  static final class UsePackage extends OnContest {
    @Option(names = "--tps", required = true, paramLabel = "TPS")
    private String tps;

    @Option(names = "--reason", required = true)
    private String reason;

    @Override
    void run(RootCommand root, Workspace ws, ContestCode c) {
      var removed = ws.adoptions().usePackage(root.login(ws), c, tps, reason);
      var sources = removed.stream().map(s -> root.io().text("adoption.source." + s.id())).toList();
      root.io()
          .out()
          .println(root.io().text("cli.adopt.packageUsed", tps, String.join(", ", sources)));
    }
  }
}
