package id.rekap.app.cli;

import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rekap package export --out FILE}: the signed recap package for the level above. */
@Command(
    name = "package",
    description = "Paket rekap bertanda tangan untuk tingkat di atas.",
    subcommands = PackageCommand.Export.class)
final class PackageCommand {
  @ParentCommand RootCommand root;

  @Command(
      name = "export",
      description = "Tulis paket bertanda tangan (kunci dari rekap keys init).")
  static final class Export implements Callable<Integer> {
    @ParentCommand private PackageCommand parent;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Option(
        names = "--reason",
        paramLabel = "TEXT",
        description = "Alasan paket pengganti (urutan lebih tinggi).")
    private String reason;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        if (!java.nio.file.Files.exists(ws.keys().file())) {
          throw id.rekap.core.common.RekapException.state("cli.keys.none");
        }
        SigningKey key;
        try {
          key = SigningKey.load(ws.keys().file(), KeysCommand.passphrase(root));
        } catch (IllegalArgumentException e) {
          throw id.rekap.core.common.RekapException.badInput("keys.error.open", ws.keys().file());
        }
        int sequence =
            ws.exportPackage().run(root.actor(ws), key, reason, out, VersionProvider.version());
        root.io().out().println(root.io().text("cli.package.done", sequence, out.toAbsolutePath()));
      }
      return 0;
    }
  }
}
