package id.rekap.app.cli.exchange;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.accounts.KeysCommand;
import id.rekap.core.trust.TrustList;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap upstream}: where this PPK sends its packages; {@code rekap --user KETUA upstream set
 * --url https://HOST:PORT --cert KPU-KAB.pem} registers it and pins that certificate (compare its
 * fingerprint with the kab/kota by phone before).
 */
@Command(name = "upstream", subcommands = UpstreamCommand.Set.class)
public final class UpstreamCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      var upstream = ws.sync().upstream();
      if (upstream.isEmpty()) {
        root.io().out().println(root.io().text("sync.error.noUpstream"));
        return ExitStatus.OK.code();
      }
      var u = upstream.get();
      root.io().out().println(u.url());
      KeysCommand.print(root.io(), u.certificate());
      root.io().out().println(root.io().text("cli.upstream.registered", u.registeredBy(), u.at()));
    }
    return ExitStatus.OK.code();
  }

  @Command(name = "set")
  static final class Set implements Callable<Integer> {
    @ParentCommand private UpstreamCommand parent;

    @Option(names = "--url", required = true, paramLabel = "URL")
    private String url;

    @Option(names = "--cert", required = true, paramLabel = "CERT")
    private Path cert;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        var chair = root.login(ws, id.rekap.core.user.Role.CHAIR);
        var u = ws.sync().registerUpstream(chair, url, TrustList.read(cert));
        root.io()
            .out()
            .println(
                root.io()
                    .text("cli.upstream.set", u.url(), SigningKey.fingerprint(u.certificate())));
      }
      return ExitStatus.OK.code();
    }
  }
}
