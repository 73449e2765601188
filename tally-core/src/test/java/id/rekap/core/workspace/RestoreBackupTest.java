package id.rekap.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.AuditEvent;
import id.rekap.core.backup.BackupManifest;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.signing.SigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §3: a restore puts a checked backup in place, equal to the store it was taken from plus
 * one audit event chained onto its head; the store it replaces is kept aside; only the chair or an
 * admin restores; a damaged or foreign backup is refused; a store that no longer opens is restored.
 */
class RestoreBackupTest {
  static final char[] CHAIR = PlenaryUsers.PASSWORD.toCharArray();
  static final char[] OPERATOR = PlenaryUsers.PASSWORD.toCharArray();

  @TempDir Path dir;

  private Path sampleWithUsers(String name) {
    Path folder = dir.resolve(name);
    try (Workspace ws = Workspaces.sample(folder)) {
      PlenaryUsers.add(ws);
    }
    return folder;
  }

  private static Path backup(Path folder) {
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      return ws.backups("test").create("manual").backup().file();
    }
  }

  @Test
  void restoredIntoAFreshFolderItEqualsTheOriginalChainedOnByTheRestoreEvent() {
    Path original = sampleWithUsers("ws");
    Path file = backup(original);
    Path fresh = dir.resolve("fresh");

    RestoreBackup.Plan plan = RestoreBackup.plan(fresh, file, TestClock.FIXED);
    assertThat(plan.current().exists()).isFalse();
    assertThat(fresh).as("a plan changes nothing").doesNotExist();
    RestoreBackup.Done done =
        RestoreBackup.run(fresh, file, "ketua", CHAIR.clone(), TestClock.FIXED);
    assertThat(done.keptAs()).isEmpty();
    assertThat(done.carriedPackages()).isEmpty();

    try (Workspace a = Workspace.open(original, TestClock.FIXED);
        Workspace b = Workspace.open(fresh, TestClock.FIXED)) {
      var before = a.verifyAudit().run();
      var after = b.verifyAudit().run();
      assertThat(after.ok()).isTrue();
      assertThat(after.events()).isEqualTo(before.events() + 1);
      assertThat(done.restoredHead().hash()).isEqualTo(after.headHash());
      var dumpA = withoutAudit(StoreDump.of(a));
      var dumpB = withoutAudit(StoreDump.of(b));
      assertThat(dumpB).isEqualTo(dumpA);
      List<AuditEvent> eventsA = events(a);
      List<AuditEvent> eventsB = events(b);
      assertThat(eventsB.subList(0, eventsA.size())).isEqualTo(eventsA);
      AuditEvent restore = eventsB.getLast();
      assertThat(restore.action()).isEqualTo("backup.restore");
      assertThat(restore.actor()).isEqualTo("user:ketua");
      assertThat(restore.prevHash()).isEqualTo(before.headHash());
      assertThat(restore.payload()).contains(file.toAbsolutePath().toString());
    }
  }

  @Test
  void theCurrentStoreIsKeptAsideAndSentPackageNumbersAreCarried() throws IOException {
    Path folder = sampleWithUsers("ws");
    Path file = backup(folder);
    char[] passphrase = "frasa-sandi-uji-1".toCharArray();
    List<String> currentDump;
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      ws.keys().init(Workspaces.CLERK, passphrase);
      SigningKey key = SigningKey.load(ws.keys().file(), passphrase);
      ws.exportPackage().run(Workspaces.CLERK, key, null, dir.resolve("p1.rekap"), "test");
      ws.exportPackage().run(Workspaces.CLERK, key, "ulang", dir.resolve("p2.rekap"), "test");
      currentDump = new ArrayList<>(StoreDump.of(ws).get("PACKAGE_OUT"));
    }
    RestoreBackup.Done done =
        RestoreBackup.run(folder, file, "ketua", CHAIR.clone(), TestClock.FIXED);
    Path kept = done.keptAs().orElseThrow();
    assertThat(kept.getParent()).isEqualTo(folder.resolve(RestoreBackup.REPLACED));
    assertThat(done.carriedPackages()).containsExactly(1, 2);
    // the kept store is the one replaced, whole
    Path look = Files.createDirectories(dir.resolve("look"));
    Files.copy(kept, look.resolve("rekap.mv.db"));
    // kept with its own database password file (ADR 0013)
    String name = kept.getFileName().toString().replace(".mv.db", "") + ".database.key";
    Files.copy(kept.resolveSibling(name), look.resolve("database.key"));
    try (Workspace old = Workspace.open(look, TestClock.FIXED)) {
      assertThat(StoreDump.of(old).get("PACKAGE_OUT")).isEqualTo(currentDump);
    }
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      assertThat(ws.verifyAudit().run().ok()).isTrue();
      assertThat(StoreDump.of(ws).get("PACKAGE_OUT")).isEqualTo(currentDump);
      assertThat(ws.sync().outbox()).as("what was queued after the backup is not").isEmpty();
      SigningKey key = SigningKey.load(ws.keys().file(), passphrase);
      int next =
          ws.exportPackage()
              .run(Workspaces.CLERK, key, "setelah pemulihan", dir.resolve("p3.rekap"), "test");
      assertThat(next).isEqualTo(3);
      var restoreEvent =
          events(ws).stream()
              .filter(e -> e.action().equals("backup.restore"))
              .findFirst()
              .orElseThrow();
      Map<?, ?> payload = Json.mapper().readValue(restoreEvent.payload(), Map.class);
      assertThat(payload.get("keptAs")).isEqualTo("replaced/" + kept.getFileName());
      assertThat(payload.get("carriedPackages")).isEqualTo(List.of(1, 2));
      assertThat(((Map<?, ?>) payload.get("replacedHead")).get("seq")).isNotNull();
    }
  }

  @Test
  void onlyTheChairRestoresAndADamagedOrForeignBackupIsRefused() throws IOException {
    Path folder = sampleWithUsers("ws");
    Path file = backup(folder);
    // a wrong password is a failed login, counted and audited in the current store (issue 15)
    assertThatThrownBy(
            () ->
                RestoreBackup.run(
                    folder, file, "ketua", "salah-sandi".toCharArray(), TestClock.FIXED))
        .isInstanceOf(RekapException.class)
        .hasFieldOrPropertyWithValue("key", "user.error.login");
    Map<String, List<String>> before;
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      before = StoreDump.of(ws);
    }
    assertThatThrownBy(
            () -> RestoreBackup.run(folder, file, "ani", OPERATOR.clone(), TestClock.FIXED))
        .isInstanceOf(RekapException.class)
        .hasFieldOrPropertyWithValue("key", "user.error.notAllowed");
    // the admin manages accounts only (issue 15): no restore either
    assertThatThrownBy(
            () ->
                RestoreBackup.run(
                    folder,
                    file,
                    Workspaces.ADMIN,
                    Workspaces.ADMIN_PASSWORD.toCharArray(),
                    TestClock.FIXED))
        .isInstanceOf(RekapException.class)
        .hasFieldOrPropertyWithValue("key", "user.error.adminOnly");

    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 3] ^= 0x41;
    Path damaged = Files.write(dir.resolve("rusak.zip"), bytes);
    assertThatThrownBy(
            () -> RestoreBackup.run(folder, damaged, "ketua", CHAIR.clone(), TestClock.FIXED))
        .isInstanceOf(RekapException.class)
        .hasFieldOrPropertyWithValue("kind", RekapException.Kind.PROBLEM_FOUND);

    Path other = dir.resolve("other");
    try (Workspace ws =
        Workspaces.create(
            other,
            id.rekap.core.setup.WorkspaceLevel.KECAMATAN,
            "310101",
            Workspaces.demoFiles().resolve(id.rekap.core.demo.DemoData.ELECTION))) {
      PlenaryUsers.add(ws);
    }
    Path foreign = backup(other);
    assertThatThrownBy(
            () -> RestoreBackup.run(folder, foreign, "ketua", CHAIR.clone(), TestClock.FIXED))
        .isInstanceOf(RekapException.class)
        .hasFieldOrPropertyWithValue("key", "backup.error.otherWorkspace");

    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
    assertThat(folder.resolve(RestoreBackup.REPLACED)).doesNotExist();
    try (var left = Files.list(folder)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("rekap.mv.db", "database.key", "backups");
    }
  }

  @Test
  void aStoreThatNoLongerOpensIsRestoredFromItsBackupAndKeptAside() throws IOException {
    Path folder = sampleWithUsers("ws");
    Path file = backup(folder);
    Path store = folder.resolve("rekap.mv.db");
    byte[] bytes = Files.readAllBytes(store);
    Files.write(store, java.util.Arrays.copyOf(bytes, 100));
    assertThatThrownBy(() -> Workspace.open(folder, TestClock.FIXED).close())
        .isInstanceOf(RuntimeException.class);
    RestoreBackup.Plan plan = RestoreBackup.plan(folder, file, TestClock.FIXED);
    assertThat(plan.current().exists()).isTrue();
    assertThat(plan.current().readable()).isFalse();
    RestoreBackup.Done done =
        RestoreBackup.run(folder, file, "ketua", CHAIR.clone(), TestClock.FIXED);
    assertThat(Files.size(done.keptAs().orElseThrow())).isEqualTo(100);
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      assertThat(ws.verifyAudit().run().ok()).isTrue();
      assertThat(ws.status().run().getFirst().received()).isEqualTo(81);
    }
    BackupManifest m = plan.manifest();
    assertThat(done.restoredHead().seq()).isEqualTo(m.head().seq() + 1);
  }

  private static Map<String, List<String>> withoutAudit(Map<String, List<String>> dump) {
    Map<String, List<String>> out = new TreeMap<>(dump);
    out.remove("AUDIT_EVENT");
    out.remove("AUDIT_HEAD");
    return out;
  }

  private static List<AuditEvent> events(Workspace ws) {
    List<AuditEvent> out = new ArrayList<>();
    WorkspaceInternals.database(ws)
        .transactions()
        .run(() -> WorkspaceInternals.database(ws).auditLog(TestClock.FIXED).forEach(out::add));
    return out;
  }
}
