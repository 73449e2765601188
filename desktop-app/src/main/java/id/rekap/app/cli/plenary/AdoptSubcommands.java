package id.rekap.app.cli.plenary;

import id.rekap.app.cli.RootCommand;
import id.rekap.core.election.ContestCode;
import id.rekap.core.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The subcommands of {@code rekap adopt}: queue, history, reopen, rule, use-package. */
public final class AdoptSubcommands {
  private AdoptSubcommands() {}

  @Command(name = "queue", description = "Antrean ketua: yang siap ditetapkan dan yang tertahan.")
  static final class Queue implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Option(names = "--contest")
    private String contest;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    private String format;

    @Override
    public Integer call() {
      AdoptionText.requireFormat(format);
      try (Workspace ws = parent.root.openWorkspace()) {
        ContestCode c = AdoptCommand.contest(ws, contest);
        new AdoptionText(parent.root.io(), ws.regionTree()).queue(ws.adoptions().queue(c), format);
      }
      return 0;
    }
  }

  @Command(
      name = "history",
      description = "Riwayat penetapan: keputusan, pembukaan kembali, pencabutan.")
  static final class History implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Option(names = "--contest")
    private String contest;

    @Option(
        names = "--code",
        paramLabel = "CODE",
        description = "Hanya yang menyangkut tempat ini.")
    private String code;

    @Override
    public Integer call() {
      try (Workspace ws = parent.root.openWorkspace()) {
        ContestCode c = AdoptCommand.contest(ws, contest);
        new AdoptionText(parent.root.io(), ws.regionTree())
            .history(ws.adoptions().history(c, code));
      }
      return 0;
    }
  }

  @Command(
      name = "reopen",
      description =
          "Buka kembali penetapan (dan yang di atasnya) dengan alasan; formulir kembali DRAFT.")
  static final class Reopen implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Option(names = "--contest")
    private String contest;

    @Option(names = "--code", required = true, paramLabel = "CODE")
    private String code;

    @Option(names = "--reason", required = true)
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ContestCode c = AdoptCommand.contest(ws, contest);
        var reopened = ws.adoptions().reopen(root.login(ws), c, code, reason);
        root.io().out().println(root.io().text("cli.adopt.reopened", String.join(", ", reopened)));
      }
      return 0;
    }
  }

  @Command(
      name = "rule",
      description = "Catat keputusan pleno atas galat atau perbedaan paket, tanpa menetapkan.")
  static final class Rule implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Option(names = "--contest")
    private String contest;

    @Option(names = "--code", required = true, paramLabel = "CODE")
    private String code;

    @Option(names = "--decision", required = true)
    private String decision;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ContestCode c = AdoptCommand.contest(ws, contest);
        long id = ws.adoptions().rule(root.login(ws), c, code, decision);
        root.io().out().println(root.io().text("cli.adopt.ruledDone", code, id));
      }
      return 0;
    }
  }

  @Command(
      name = "use-package",
      description =
          "Kab/kota: pakai angka paket PPK di TPS ini (angka di sini ditarik, penetapannya dicabut).")
  static final class UsePackage implements Callable<Integer> {
    @ParentCommand private AdoptCommand parent;

    @Option(names = "--contest")
    private String contest;

    @Option(names = "--tps", required = true, paramLabel = "TPS")
    private String tps;

    @Option(names = "--reason", required = true)
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        ContestCode c = AdoptCommand.contest(ws, contest);
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
      return 0;
    }
  }
}
