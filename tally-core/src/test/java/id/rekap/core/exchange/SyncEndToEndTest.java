package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.RekapException;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.HttpsTransport;
import id.rekap.core.sync.OutboxStatus;
import id.rekap.core.sync.PackageInbox;
import id.rekap.core.sync.Receipt;
import id.rekap.core.sync.Sync;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.SigningKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, acceptance 1 and 3, on loopback with real workspaces: two PPK send their packages over
 * HTTPS to the kab/kota receiver, receipts are verified, the kab/kota recap is the sum; a package
 * that came by USB first and by network later is one package; a wrong or expired upstream
 * certificate stops the sender with the reason, and nothing is sent.
 */
class SyncEndToEndTest {
  static final InetSocketAddress LOOPBACK =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  @TempDir Path tmp;

  private static User chairOf(Workspace ws) {
    return PlenaryUsers.add(ws).chair();
  }

  private static HttpsTransport transport() {
    return new HttpsTransport(TestClock.FIXED, Duration.ofSeconds(5), Duration.ofSeconds(60));
  }

  @Test
  void twoPpkDeliverOverHttpsAndTheKabupatenRecapIsTheirSum() throws Exception {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace b = ppk(tmp.resolve("ppk-310102"), "310102");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      SigningKey kabKey = key(kab);
      trust(kab, key(a).certificate(), tmp);
      trust(kab, key(b).certificate(), tmp);
      try (SyncReceiver receiver =
          kab.receivePackages()
              .start(Workspaces.CLERK, kabKey, LOOPBACK, SyncReceiver.Limits.standard())) {
        String url = "https://127.0.0.1:" + receiver.port();
        for (Workspace ppk : new Workspace[] {a, b}) {
          export(ppk, tmp.resolve(ppk.info().region().value() + "-1.rekap"), null);
          ppk.sync().registerUpstream(chairOf(ppk), url, kabKey.certificate());
          var round = ppk.sync().sender(Workspaces.CLERK, transport()).runOnce();
          assertThat(round.delivered()).containsExactly(1);
          assertThat(round.done()).isTrue();
          var entry = ppk.sync().outbox().getFirst();
          assertThat(entry.status()).isEqualTo(OutboxStatus.DELIVERED);
          Receipt receipt = Receipt.parse(entry.receipt()).orElseThrow();
          assertThat(receipt.result()).isEqualTo(PackageInbox.Result.IMPORTED);
          assertThat(receipt.packageSha256()).isEqualTo(entry.sha256());
          assertThat(receipt.receiver()).isEqualTo("3101");
          // the sender's event (ADR 0040): the package and what the receiver's receipt said
          assertThat(AuditEvents.last(ppk, AuditAction.SYNC_DELIVERED, "user:petugas"))
              .isEqualTo(
                  AuditEvents.tree(
                      Map.of(
                          "sequence",
                          1,
                          "sha256",
                          entry.sha256(),
                          "result",
                          PackageInbox.Result.IMPORTED.id())));
        }
        PackageImportEndToEndTest.assertRecapIsTheSum(kab, a, b);

        // A second package of b goes by USB first, then by network: one package upstream.
        Path usb = export(b, tmp.resolve("310102-2.rekap"), "dikirim juga lewat USB");
        kab.importPackage().run(Workspaces.CLERK, usb);
        var round = b.sync().sender(Workspaces.CLERK, transport()).runOnce();
        assertThat(round.delivered()).containsExactly(2);
        var second = b.sync().outbox().getLast();
        assertThat(Receipt.parse(second.receipt()).orElseThrow().result())
            .isEqualTo(PackageInbox.Result.UNCHANGED);
        assertThat(WorkspaceInternals.database(kab).packagesIn().all()).hasSize(3);
        // every delivery that changed the store is in the receiver's audit log; the copy that
        // changed nothing is counted
        assertThat(auditEvents(kab, "sync.receive")).isEqualTo(2);
      }
      assertThat(auditEvents(kab, "sync.receive.summary")).isEqualTo(1);
    }
  }

  @Test
  void aWrongOrExpiredUpstreamCertificateStopsTheSenderWithTheReason() throws Exception {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      trust(kab, key(a).certificate(), tmp);
      try (SyncReceiver receiver =
          kab.receivePackages()
              .start(Workspaces.CLERK, key(kab), LOOPBACK, SyncReceiver.Limits.standard())) {
        export(a, tmp.resolve("310101-1.rekap"), null);
        User chair = chairOf(a);
        // the PPK pinned its own certificate instead of the kab/kota's
        a.sync()
            .registerUpstream(chair, "https://127.0.0.1:" + receiver.port(), key(a).certificate());
        var round = a.sync().sender(Workspaces.CLERK, transport()).runOnce();
        assertThat(round.delivered()).isEmpty();
        assertThat(round.failure()).hasValueSatisfying(f -> assertThat(f).contains("bukan"));
        assertThat(a.sync().outbox().getFirst().status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(WorkspaceInternals.database(kab).packagesIn().all()).isEmpty();

        // the right certificate, but the sender's clock is past its end: refused before sending
        a.sync()
            .registerUpstream(
                chair, "https://127.0.0.1:" + receiver.port(), key(kab).certificate());
        Clock later =
            Clock.fixed(
                key(kab).certificate().getNotAfter().toInstant().plusSeconds(60), ZoneOffset.UTC);
        var db = WorkspaceInternals.database(a);
        Sync afterExpiry = new Sync(db.transactions(), db.sync(), db.auditLog(later), later);
        assertThatThrownBy(() -> afterExpiry.sender(Workspaces.CLERK, transport()).runOnce())
            .isInstanceOf(RekapException.class)
            .extracting(e -> ((RekapException) e).key())
            .isEqualTo("sync.error.pinExpired");
        assertThat(WorkspaceInternals.database(kab).packagesIn().all()).isEmpty();
      }
    }
  }

  private static long auditEvents(Workspace ws, String type) {
    return WorkspaceInternals.database(ws)
        .dsl()
        .fetchCount(
            id.rekap.core.store.generated.Tables.AUDIT_EVENT,
            id.rekap.core.store.generated.Tables.AUDIT_EVENT.ACTION.eq(type));
  }
}
