package id.rekap.app.cli.exchange;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.accounts.KeysCommand;
import id.rekap.app.cli.backup.AutoBackup;
import id.rekap.core.common.RekapException;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap serve [--port N] [--bind ADDR]}: runs this kab/kota workspace's receiver until
 * stopped: HTTPS with the workspace certificate, each upload verified and imported as by {@code
 * rekap package import}, answered with a signed receipt, logged in the audit log.
 */
@Command(name = "serve")
public final class ServeCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--port", defaultValue = "8443", paramLabel = "N")
  private int port;

  @Option(names = "--bind", defaultValue = "0.0.0.0", paramLabel = "ADDR")
  private String bind;

  @Option(names = "--max-mb", paramLabel = "MB")
  private Integer maxMb;

  @Override
  public Integer call() {
    if (maxMb != null && (maxMb < 1 || maxMb > 512)) {
      throw RekapException.usage("cli.serve.maxMb", maxMb);
    }
    if (port < 1 || port > 65535) {
      throw RekapException.usage("cli.serve.port", port);
    }
    try (Workspace ws = root.openWorkspace()) {
      // without --max-mb, the largest package the level below sends (a kab/kota's, at a province)
      SyncReceiver.Limits standard = SyncReceiver.Limits.standardFor(ws.info().level());
      SyncReceiver.Limits limits =
          maxMb == null ? standard : standard.withMaxBytes((long) maxMb << 20);
      var user = root.login(ws, id.rekap.core.user.Role.OPERATOR);
      SigningKey key = KeysCommand.open(root, ws);
      // packages received are imports: a backup soon after each, and a look every minute
      try (AutoBackup.Ticker backups = AutoBackup.ticker(ws, root.io());
          SyncReceiver receiver =
              ws.receivePackages()
                  .start(
                      user,
                      key,
                      new InetSocketAddress(bind, port),
                      limits,
                      delivery -> backups.soon())) {
        root.io()
            .out()
            .println(
                root.io()
                    .text(
                        "cli.serve.listening",
                        bind + ":" + receiver.port(),
                        SigningKey.fingerprint(key.certificate())));
        root.io().out().flush();
        awaitStop();
      } catch (IOException e) {
        throw RekapException.state("cli.serve.error", bind + ":" + port, e.getMessage());
      }
    }
    return ExitStatus.OK.code();
  }

  /**
   * Waits for Ctrl+C (the JVM's shutdown) or for this thread's interruption (the receiver run by
   * its caller in the same JVM, as the tests do); either way the receiver and the workspace are
   * then closed in order by the caller's try blocks.
   */
  private static void awaitStop() {
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(stop::countDown);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stop.await();
    } catch (InterruptedException e) {
      // a stop request: not re-asserted, so closing the store does not meet an interrupted thread
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping; the hook runs and changes nothing
      }
    }
  }
}
