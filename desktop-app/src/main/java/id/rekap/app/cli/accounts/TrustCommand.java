package id.rekap.app.cli.accounts;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.trust.TrustedCertificate;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap --user KETUA trust add CERT [--note TEXT]}, {@code trust list}, {@code rekap --user
 * KETUA trust remove FINGERPRINT}: the certificates (a PPK's own, or a CA's) whose signatures this
 * workspace accepts. Adding and removing need an admin or the chair; removed entries stay listed.
 */
@Command(
    name = "trust",
    subcommands = {TrustCommand.Add.class, TrustCommand.ListTrust.class, TrustCommand.Remove.class})
public final class TrustCommand {
  @ParentCommand RootCommand root;

  @Command(name = "add")
  static final class Add implements Callable<Integer> {
    @ParentCommand private TrustCommand parent;

    @Parameters(index = "0", paramLabel = "CERT")
    private Path cert;

    @Option(names = "--note", paramLabel = "TEXT")
    private String note;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        TrustedCertificate t = ws.trust().add(root.login(ws), cert, note);
        root.io().out().println(root.io().text("cli.trust.added", t.fingerprint(), t.subject()));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "list")
  static final class ListTrust implements Callable<Integer> {
    @ParentCommand private TrustCommand parent;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      CliIo io = root.io();
      try (Workspace ws = root.openWorkspace()) {
        for (TrustedCertificate t : ws.trust().list()) {
          io.out().println(t.fingerprint());
          io.out()
              .printf(
                  "  %s %s | %s%n",
                  t.ca() ? "CA " : "TTD",
                  io.safe(t.subject()),
                  t.active()
                      ? io.text("cli.trust.active")
                      : io.text("cli.trust.removed", t.removedBy(), t.removedAt()));
          io.out()
              .printf(
                  "  %s%n",
                  io.text(
                      "cli.trust.addedBy",
                      t.addedBy(),
                      t.addedAt(),
                      t.notAfter(),
                      t.note() == null ? "-" : t.note()));
        }
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "remove")
  static final class Remove implements Callable<Integer> {
    @ParentCommand private TrustCommand parent;

    @Parameters(index = "0", paramLabel = "FINGERPRINT")
    private String fingerprint;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        TrustedCertificate t = ws.trust().remove(root.login(ws), fingerprint);
        root.io()
            .out()
            .println(root.io().text("cli.trust.removedDone", t.fingerprint(), t.subject()));
      }
      return ExitStatus.OK.code();
    }
  }
}
