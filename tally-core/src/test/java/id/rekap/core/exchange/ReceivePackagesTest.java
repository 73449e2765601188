package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditEvent;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.PackageInbox;
import id.rekap.core.sync.ReceivePackages;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receiving a package (issue 19, ADR 0044) is a use case of its own: a stored package and its
 * {@code sync.receive} event commit in one transaction, so neither is ever kept without the other;
 * a trusted sender's refused package is an event of its own, and nothing else changes.
 */
class ReceivePackagesTest {
  private static final String REMOTE = "/127.0.0.1:40404";

  @TempDir Path tmp;

  @Test
  void aStoredPackageAndItsDeliveryEventAreOneTransaction() throws Exception {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      trust(kab, key(a).certificate(), tmp);
      Path pkg = export(a, tmp.resolve("310101-1.rekap"), null);
      String sha = Sha256.hex(Files.readAllBytes(pkg));

      // the delivery event cannot be written: the package it would record is not kept either
      var db = WorkspaceInternals.database(kab);
      var before = StoreDump.of(kab);
      var broken =
          new ReceivePackages(
              db.transactions(),
              new RefusingDeliveryEvents(db.auditLog(TestClock.FIXED)),
              kab.importPackage(),
              "3101",
              TestClock.FIXED);
      PackageInbox brokenInbox = broken.inbox(Workspaces.CLERK, d -> {});
      assertThatThrownBy(() -> brokenInbox.receive(REMOTE, pkg, sha))
          .hasMessageContaining("sync.receive");
      assertThat(StoreDump.of(kab)).isEqualTo(before);

      // the same delivery, recorded: the package, then its delivery event, and the listener hears
      long head = db.transactions().inTransaction(() -> db.auditLog(TestClock.FIXED).head().seq());
      List<PackageInbox.Delivery> heard = new ArrayList<>();
      var delivery =
          kab.receivePackages().inbox(Workspaces.CLERK, heard::add).receive(REMOTE, pkg, sha);
      assertThat(delivery.result()).isEqualTo(PackageInbox.Result.IMPORTED);
      assertThat(heard).containsExactly(delivery);
      assertThat(db.packagesIn().all()).hasSize(1);
      List<AuditEvent> events =
          db.transactions().inTransaction(() -> db.auditLog(TestClock.FIXED).since(head));
      assertThat(events).extracting(AuditEvent::action).contains("package.import");
      AuditEvent received = events.getLast();
      assertThat(received.action()).isEqualTo("sync.receive");
      assertThat(received.actor()).isEqualTo(Workspaces.CLERK.actor().name());
      assertThat(received.payload())
          .contains(REMOTE, sha, "\"result\":\"imported\"", "\"sender\":\"310101\"");

      // the same package again changes nothing and is no event of its own (it is only counted)
      long after = db.transactions().inTransaction(() -> db.auditLog(TestClock.FIXED).head().seq());
      var again = kab.receivePackages().inbox(Workspaces.CLERK, d -> {}).receive(REMOTE, pkg, sha);
      assertThat(again.result()).isEqualTo(PackageInbox.Result.UNCHANGED);
      assertThat(db.transactions().inTransaction(() -> db.auditLog(TestClock.FIXED).head().seq()))
          .isEqualTo(after);
    }
  }

  @Test
  void aTrustedSendersRefusedPackageIsAnEventOfItsOwnAndStoresNothing() throws Exception {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      trust(kab, key(a).certificate(), tmp);
      Path first = export(a, tmp.resolve("310101-1.rekap"), null);
      Path second = export(a, tmp.resolve("310101-2.rekap"), "koreksi");
      var inbox = kab.receivePackages().inbox(Workspaces.CLERK, d -> {});
      inbox.receive(REMOTE, second, Sha256.hex(Files.readAllBytes(second)));
      var db = WorkspaceInternals.database(kab);
      var results = StoreDump.of(kab).get("TPS_RESULT");
      long head = db.transactions().inTransaction(() -> db.auditLog(TestClock.FIXED).head().seq());

      // the first package comes late: its sequence is behind the one in force
      var late = inbox.receive(REMOTE, first, Sha256.hex(Files.readAllBytes(first)));

      assertThat(late.result()).isEqualTo(PackageInbox.Result.REFUSED);
      assertThat(late.identified()).isTrue();
      assertThat(late.reason()).isNotBlank();
      List<AuditEvent> events =
          db.transactions().inTransaction(() -> db.auditLog(TestClock.FIXED).since(head));
      assertThat(events).extracting(AuditEvent::action).containsExactly("sync.receive");
      assertThat(events.getFirst().payload()).contains("\"result\":\"refused\"");
      assertThat(db.packagesIn().all()).hasSize(1);
      assertThat(StoreDump.of(kab).get("TPS_RESULT")).isEqualTo(results);
    }
  }

  /** The store's audit log, except that it refuses to append a delivery event. */
  private record RefusingDeliveryEvents(AuditLog log) implements AuditLog {
    @Override
    public List<AuditEvent> appendAll(Actor actor, List<Entry> entries) {
      for (Entry e : entries) {
        if (e.action() == AuditAction.SYNC_RECEIVE) {
          throw new IllegalStateException("no room for sync.receive");
        }
      }
      return log.appendAll(actor, entries);
    }

    @Override
    public AuditEvent appendStateSum(
        Actor actor, AuditAction action, Map<String, ?> payload, String s) {
      return log.appendStateSum(actor, action, payload, s);
    }

    @Override
    public AuditHead head() {
      return log.head();
    }

    @Override
    public java.util.Optional<String> stateSumAt(AuditHead at) {
      return log.stateSumAt(at);
    }

    @Override
    public void forEach(Consumer<AuditEvent> consumer) {
      log.forEach(consumer);
    }
  }
}
