package id.rekap.core.exchange;

import id.rekap.core.store.generated.Tables;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.SigningKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A kab/kota receiver in a JVM of its own, for {@link ReceiverMemoryTest}: started on a free port
 * with the given largest package, it says its port, serves until its standard input ends, then says
 * how many sync events its audit log holds and the refusals it counted.
 */
public final class ReceiverChild {
  private ReceiverChild() {}

  /**
   * The standard limits with the given largest package, but a minute for a connection's handshake,
   * head and silences: this JVM starts cold on a machine the test may share with a busy build, and
   * four handshakes at once have taken more than the standard 10 s there. The timeouts are {@link
   * ReceiverUnderAttackTest}'s subject; this child's is memory.
   */
  private static SyncReceiver.Limits patient(long maxBytes) {
    SyncReceiver.Limits standard = SyncReceiver.Limits.standard();
    return new SyncReceiver.Limits(
        maxBytes,
        standard.maxUploads(),
        standard.maxConnections(),
        standard.maxPerAddress(),
        Duration.ofMinutes(1),
        Duration.ofMinutes(1),
        standard.minBytesPerSecond(),
        standard.summaryEvery());
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    long maxBytes = Long.parseLong(args[1]);
    try (Workspace kab = PackageFixtures.kabkota(folder.resolve("kab"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      SigningKey key = PackageFixtures.key(kab);
      Files.write(folder.resolve("kab.der"), key.certificate().getEncoded());
      try (SyncReceiver receiver =
          kab.receivePackages()
              .start(
                  Workspaces.CLERK,
                  key,
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                  patient(maxBytes))) {
        System.out.println("PORT " + receiver.port());
        System.out.flush();
        while (System.in.read() >= 0) {
          // serve until the test closes our input
        }
      }
      long events =
          WorkspaceInternals.database(kab)
              .dsl()
              .fetchCount(Tables.AUDIT_EVENT, Tables.AUDIT_EVENT.ACTION.like("sync.%"));
      System.out.println("AUDIT " + events);
      // what the receiver counted, for the test's failure messages
      WorkspaceInternals.database(kab)
          .dsl()
          .select(Tables.AUDIT_EVENT.PAYLOAD)
          .from(Tables.AUDIT_EVENT)
          .where(Tables.AUDIT_EVENT.ACTION.eq("sync.receive.summary"))
          .fetch(Tables.AUDIT_EVENT.PAYLOAD)
          .forEach(p -> System.out.println("SUMMARY " + p));
      System.out.flush();
    }
  }
}
