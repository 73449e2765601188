package id.rekap.core.exchange;

import id.rekap.core.store.generated.Tables;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A kab/kota receiver in a JVM of its own, for {@link ReceiverMemoryTest}: started on a free port
 * with the given largest package, it says its port, serves until its standard input ends, then says
 * how many sync events its audit log holds.
 */
public final class ReceiverChild {
  private ReceiverChild() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    long maxBytes = Long.parseLong(args[1]);
    try (Workspace kab = PackageFixtures.kabkota(folder.resolve("kab"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      SigningKey key = PackageFixtures.key(kab);
      Files.write(folder.resolve("kab.der"), key.certificate().getEncoded());
      try (SyncReceiver receiver =
          kab.receiver(
              Workspaces.CLERK,
              key,
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
              SyncReceiver.Limits.standard().withMaxBytes(maxBytes))) {
        System.out.println("PORT " + receiver.port());
        System.out.flush();
        while (System.in.read() >= 0) {
          // serve until the test closes our input
        }
      }
      long events =
          kab.database()
              .dsl()
              .fetchCount(Tables.AUDIT_EVENT, Tables.AUDIT_EVENT.ACTION.like("sync.%"));
      System.out.println("AUDIT " + events);
      System.out.flush();
    }
  }
}
