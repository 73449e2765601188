package id.rekap.app.cli.exchange;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.VersionProvider;
import id.rekap.app.cli.accounts.KeysCommand;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap package export --out FILE}: the signed recap package for the level above; {@code
 * rekap package import FILE} (kab/kota level): a PPK's package, checked and stored; {@code rekap
 * package list}: the packages received, every version.
 */
@Command(
    name = "package",
    subcommands = {
      PackageCommand.Export.class,
      PackageCommand.Import.class,
      PackageCommand.ListPackages.class,
      PackageCommand.Withdraw.class
    })
public final class PackageCommand {
  @ParentCommand RootCommand root;

  @Command(name = "export")
  static final class Export implements Callable<Integer> {
    @ParentCommand private PackageCommand parent;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Option(names = "--reason", paramLabel = "TEXT")
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        var chair = root.login(ws, id.rekap.core.user.Role.CHAIR);
        // a province sends the KPU RI only the contests recapitulated there (ADR 0035)
        var carried = ws.exportPackage().contests();
        if (!java.nio.file.Files.exists(ws.keys().file())) {
          throw id.rekap.core.common.RekapException.state("cli.keys.none");
        }
        SigningKey key = ws.keys().open(KeysCommand.passphrase(root));
        int sequence = ws.exportPackage().run(chair, key, reason, out, VersionProvider.version());
        root.io().out().println(root.io().text("cli.package.done", sequence, out.toAbsolutePath()));
        var left =
            ws.election().contests().stream()
                .filter(c -> !carried.contains(c))
                .map(id.rekap.core.election.Contest::name)
                .toList();
        if (!left.isEmpty()) {
          root.io()
              .out()
              .println(
                  root.io().text("cli.package.leftOut", root.io().safe(String.join(", ", left))));
        }
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "import")
  static final class Import implements Callable<Integer> {
    @ParentCommand private PackageCommand parent;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Override
    public Integer call() {
      return importPackage(parent.root, file);
    }
  }

  /**
   * Imports one package and says what happened; exit 1 when it was stored with a discrepancy
   * between its declared totals and its rows (R22), which the plenary must look at.
   */
  public static int importPackage(RootCommand root, Path file) {
    CliIo io = root.io();
    try (Workspace ws = root.openWorkspace()) {
      var o = ws.importPackage().run(root.login(ws), file);
      String key =
          switch (o.status()) {
            case IMPORTED -> "cli.package.imported";
            case SUPERSEDED -> "cli.package.superseded";
            case UNCHANGED -> "cli.package.unchanged";
          };
      io.out()
          .println(
              io.text(
                  key,
                  file,
                  o.senderRegion(),
                  o.senderName(),
                  o.sequence(),
                  io.count(o.rows()),
                  o.previousSequence().map(String::valueOf).orElse("-")));
      for (var d : o.discrepancies()) {
        io.out()
            .println(
                io.text(
                    "cli.package.discrepancy",
                    d.contest().id(),
                    d.level().id(),
                    d.code(),
                    String.join(", ", d.fields())));
      }
      return ExitStatus.wrongIf(!o.discrepancies().isEmpty());
    }
  }

  @Command(name = "withdraw")
  static final class Withdraw implements Callable<Integer> {
    @ParentCommand private PackageCommand parent;

    @Option(names = "--sender", required = true, paramLabel = "KODE-KECAMATAN")
    private String sender;

    @Option(names = "--sequence", required = true, paramLabel = "N")
    private int sequence;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        var p = ws.withdrawPackage().run(root.login(ws), sender, sequence, reason);
        root.io()
            .out()
            .println(root.io().text("cli.package.withdrawn", p.senderRegion(), p.sequence()));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "list")
  static final class ListPackages implements Callable<Integer> {
    @ParentCommand private PackageCommand parent;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      CliIo io = root.io();
      try (Workspace ws = root.openWorkspace()) {
        for (var p : ws.importPackage().list()) {
          io.out()
              .printf(
                  "%-6s %-30s #%-3d %-9s %s%n",
                  p.senderRegion(),
                  io.safe(p.senderName()),
                  p.sequence(),
                  io.text(
                      p.current()
                          ? "cli.package.current"
                          : p.withdrawn()
                              ? "cli.package.withdrawn.status"
                              : "cli.package.superseded.status"),
                  p.reason() == null ? "" : io.safe(p.reason()));
          if (p.withdrawn()) {
            io.out()
                .println(
                    "       "
                        + io.text(
                            "cli.package.withdrawal",
                            p.withdrawal().by(),
                            p.withdrawal().at(),
                            p.withdrawal().reason()));
          }
          io.out()
              .println(
                  "       "
                      + io.text(
                          "cli.package.details",
                          p.signerSubject(),
                          p.signedAt() == null ? "-" : p.signedAt(),
                          p.importedAt(),
                          p.importedBy(),
                          io.count(p.rowCount()),
                          p.discrepancies().size(),
                          p.sha256()));
        }
      }
      return ExitStatus.OK.code();
    }
  }
}
