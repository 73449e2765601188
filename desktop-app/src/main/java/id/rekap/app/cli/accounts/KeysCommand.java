package id.rekap.app.cli.accounts;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap keys init|import|show|export}: the workspace's signing key. The passphrase comes
 * from REKAP_KEY_PASSPHRASE or is asked without echo; an imported file's own passphrase from
 * REKAP_IMPORT_PASSPHRASE or asked.
 */
@Command(
    name = "keys",
    subcommands = {
      KeysCommand.Init.class,
      KeysCommand.Import.class,
      KeysCommand.Show.class,
      KeysCommand.Export.class
    })
public final class KeysCommand {
  @ParentCommand RootCommand root;

  public static char[] passphrase(RootCommand root) {
    String env = root.env().get("REKAP_KEY_PASSPHRASE");
    return env != null && !env.isEmpty() ? env.toCharArray() : root.password("cli.keys.passphrase");
  }

  /**
   * The workspace key for a command that signs: its absence or a wrong passphrase is bad input
   * (exit 3), and nothing is written.
   */
  public static SigningKey open(RootCommand root, id.rekap.core.workspace.Workspace ws) {
    if (!java.nio.file.Files.exists(ws.keys().file())) {
      throw id.rekap.core.common.RekapException.badInput("cli.keys.none");
    }
    return ws.keys().open(passphrase(root));
  }

  public static void print(CliIo io, X509Certificate cert) {
    io.out().println(io.safe(cert.getSubjectX500Principal().getName()));
    io.out().println("SHA-256 " + SigningKey.fingerprint(cert));
    io.out().println(cert.getNotBefore().toInstant() + " .. " + cert.getNotAfter().toInstant());
  }

  @Command(name = "init")
  static final class Init implements Callable<Integer> {
    @ParentCommand private KeysCommand parent;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        print(root.io(), ws.keys().init(root.login(ws), passphrase(root)));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "import")
  static final class Import implements Callable<Integer> {
    @ParentCommand private KeysCommand parent;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "FILE.p12")
    private java.nio.file.Path file;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      String env = root.env().get("REKAP_IMPORT_PASSPHRASE");
      char[] filePass =
          env != null && !env.isEmpty()
              ? env.toCharArray()
              : root.password("cli.keys.importPassphrase", file);
      try (Workspace ws = root.openWorkspace()) {
        var imported = ws.keys().importKey(root.login(ws), file, filePass, passphrase(root));
        print(root.io(), imported.certificate());
        if (!imported.centreStated()) {
          var c = imported.centre();
          root.io()
              .out()
              .println(
                  root.io().text("cli.keys.noCentre", c.level(), c.regionCode(), c.electionId()));
        }
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "show")
  static final class Show implements Callable<Integer> {
    @ParentCommand private KeysCommand parent;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        var cert = ws.keys().certificate(passphrase(root));
        if (cert.isEmpty()) {
          root.io().out().println(root.io().text("cli.keys.none"));
          return ExitStatus.FOUND_WRONG.code();
        }
        print(root.io(), cert.get());
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "export")
  static final class Export implements Callable<Integer> {
    @ParentCommand private KeysCommand parent;

    @picocli.CommandLine.Option(names = "--out", required = true, paramLabel = "FILE.pem")
    private java.nio.file.Path out;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        var cert = ws.keys().exportCertificate(passphrase(root), out);
        print(root.io(), cert);
        root.io().out().println(root.io().text("cli.keys.exported", out.toAbsolutePath()));
      }
      return ExitStatus.OK.code();
    }
  }
}
