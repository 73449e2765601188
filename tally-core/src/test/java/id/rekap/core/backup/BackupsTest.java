package id.rekap.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.region.TpsCode;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.SteppingClock;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §3: automatic backups are due after imports, adoptions and corrections and after 15
 * minutes of activity; each is a checked copy that counts only once verified; a damaged backup is
 * refused; the second folder gets a copy; old ones are rotated away.
 */
class BackupsTest {
  static final TpsCode CLEAN = new TpsCode("3101021001001");

  @TempDir Path dir;
  private final SteppingClock clock = new SteppingClock();
  private Workspace ws;
  private PlenaryUsers users;

  @BeforeEach
  void workspace() {
    Workspaces.sample(dir.resolve("ws")).close();
    ws = Workspace.open(dir.resolve("ws"), clock);
    users = PlenaryUsers.add(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Backups backups() {
    return ws.backups("test");
  }

  @Test
  void aCopyFailingWithoutABrokenChainIsRefusedNamingTheRowsThatDiffer() {
    // issue 18, bug 1: a copy whose chain is intact but whose rows (or a checkpoint) fail threw
    // NoSuchElementException; it is refused with one message naming what differs
    WorkspaceInternals.database(ws)
        .dsl()
        .execute(
            "UPDATE TPS_RESULT SET VALID = VALID + 7 WHERE TPS_CODE = '" + CLEAN.value() + "'");
    assertThatThrownBy(() -> backups().create("manual"))
        .isInstanceOfSatisfying(
            RekapException.class,
            e ->
                assertThat(e.localized(id.rekap.core.common.Messages.INDONESIAN))
                    .contains("Cadangan tidak dibuat")
                    .contains("1 baris")
                    .contains("Baris diubah di luar Rekap: tps_result " + CLEAN.value()));
    assertThat(backups().list()).isEmpty();
  }

  @Test
  void aCheckpointIsNotSignedWhileTheClockStandsBeforeTheKeyWasMade() {
    // the cause of bug 1: signed at a clock before the certificate's validity, a checkpoint
    // never verifies, and every later integrity check and backup would fail on it
    char[] passphrase = "frasa-sandi-uji-jam".toCharArray();
    ws.keys().init(Workspaces.CLERK, passphrase);
    var key = ws.keys().open(passphrase);
    var before = ws.verifyAudit().run();
    clock.advance(Duration.ofDays(-1));
    assertThatThrownBy(() -> ws.checkpoints().sign(Workspaces.CLERK.actor(), key, "report", "uji"))
        .isInstanceOfSatisfying(
            RekapException.class,
            e ->
                assertThat(e.localized(id.rekap.core.common.Messages.INDONESIAN))
                    .contains("jam komputer"));
    var after = ws.verifyAudit().run();
    assertThat(after.ok()).isTrue();
    assertThat(after.head()).isEqualTo(before.head());
    clock.advance(Duration.ofDays(1));
    ws.checkpoints().sign(Workspaces.CLERK.actor(), key, "report", "uji");
    assertThat(ws.verifyAudit().run().ok()).isTrue();
    assertThat(backups().create("manual").backup().manifest()).isPresent();
  }

  @Test
  void aBackupIsACheckedCopyOfTheStoreWithItsManifest() throws IOException {
    var head = ws.verifyAudit().run();
    Backups.Made made = backups().create("manual");
    Path file = made.backup().file();
    assertThat(file.getParent()).isEqualTo(dir.resolve("ws/backups"));
    assertThat(file.getFileName().toString())
        .matches("rekap-3101-20240220-191530-0000\\d\\d\\.zip");
    BackupManifest m = made.backup().manifest().orElseThrow();
    assertThat(m.head().seq()).isEqualTo(head.events());
    assertThat(m.head().hash()).isEqualTo(head.headHash());
    assertThat(m.workspace().region()).isEqualTo("3101");
    assertThat(m.rows()).containsEntry("TPS_RESULT", 81L).containsKey("AUDIT_EVENT");
    assertThat(m.reason()).isEqualTo("manual");
    try (ZipFile zip = new ZipFile(file.toFile())) {
      // the manifest, the database and its password file (ADR 0013): it opens on another PC
      assertThat(zip.size()).isEqualTo(3);
      assertThat(zip.getEntry(BackupManifest.KEY)).isNotNull();
    }
    assertThat(backups().verify(file).ok()).isTrue();
    assertThat(backups().lastVerified().orElseThrow().file()).isEqualTo(file);
    // nothing was left behind in the folder but the backup
    try (var files = Files.list(dir.resolve("ws/backups"))) {
      assertThat(files.toList()).containsExactly(file);
    }
    // a backup changes nothing in the store
    assertThat(ws.verifyAudit().run().events()).isEqualTo(head.events());
  }

  @Test
  void dueAfterImportsAdoptionsCorrectionsAndAQuarterHourOfActivity() {
    // a workspace without a backup, after an import
    assertThat(backups().due()).isEqualTo(new Backups.Due(true, "import"));
    assertThat(backups().runIfDue()).isPresent();
    assertThat(backups().due().due()).isFalse();
    assertThat(backups().runIfDue()).isEmpty();

    ws.adoptions().adopt(users.chair(), ContestCode.PPWP, CLEAN.value(), null);
    assertThat(backups().due()).isEqualTo(new Backups.Due(true, "adoption"));
    clock.advance(Duration.ofSeconds(5));
    backups().runIfDue();

    ws.corrections()
        .correct(
            users.chair(),
            new Corrections.Request(
                CLEAN,
                ContestCode.PPWP,
                Map.of("invalid", 3),
                "dibaca ulang dari plano",
                Evidence.PLANO,
                "saksi 01"));
    assertThat(backups().due()).isEqualTo(new Backups.Due(true, "correction"));
    clock.advance(Duration.ofSeconds(5));
    backups().runIfDue();

    // other activity: due once the last backup is 15 minutes old
    ws.objections()
        .record(
            users.operator(),
            id.rekap.core.plenary.Objections.Kind.KEBERATAN,
            ContestCode.PPWP,
            CLEAN.value(),
            "Saksi 01",
            "keberatan atas penghitungan");
    assertThat(backups().due().due()).isFalse();
    clock.advance(Duration.ofMinutes(14));
    assertThat(backups().due().due()).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(backups().due()).isEqualTo(new Backups.Due(true, "interval"));
    clock.advance(Duration.ofSeconds(5));
    assertThat(backups().runIfDue().orElseThrow().backup().manifest().orElseThrow().reason())
        .isEqualTo("interval");
    // no activity: never due, however long
    clock.advance(Duration.ofHours(3));
    assertThat(backups().due().due()).isFalse();
    assertThat(backups().list()).hasSize(4);
  }

  @Test
  void eventsThatChangeNoFactMakeNoBackupDue() {
    assertThat(backups().runIfDue()).isPresent();
    clock.advance(Duration.ofMinutes(20));
    // a mistyped password and the login after it are events, but they change no bound row (the
    // throttle's counters are left out of the digest): the store holds what the backup holds
    assertThatThrownBy(() -> ws.users().login(Workspaces.ADMIN, "salah-ketik-123".toCharArray()))
        .isInstanceOf(RekapException.class);
    PlenaryUsers.admin(ws);
    var backedUp = backups().lastVerified().orElseThrow().manifest().orElseThrow().head();
    assertThat(backups().head().seq()).isGreaterThan(backedUp.seq());
    assertThat(backups().due().due()).isFalse();
    assertThat(backups().runIfDue()).isEmpty();

    // a fact changed: the quarter hour since the last backup counts again
    ws.objections()
        .record(
            users.operator(),
            id.rekap.core.plenary.Objections.Kind.KEBERATAN,
            ContestCode.PPWP,
            CLEAN.value(),
            "Saksi 01",
            "keberatan atas penghitungan");
    assertThat(backups().due()).isEqualTo(new Backups.Due(true, "interval"));
  }

  @Test
  void aDamagedBackupIsRefusedByVerify() throws IOException {
    Path good = backups().create("manual").backup().file();
    byte[] bytes = Files.readAllBytes(good);

    Path truncated = write("truncated.zip", java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertProblem(truncated, "backup.error.unreadable");

    // a byte flipped in the middle of the compressed database
    byte[] flipped = bytes.clone();
    flipped[bytes.length / 2] ^= 0x5a;
    assertThat(backups().verify(write("flipped.zip", flipped)).ok()).isFalse();

    // a manifest that lies about the database (another digest)
    Path lying = dir.resolve("lying.zip");
    rewrite(
        good,
        lying,
        (name, content) ->
            name.equals(BackupManifest.ENTRY)
                ? withManifest(content, m -> m.head(), "0".repeat(64))
                : content);
    assertProblem(lying, "backup.error.digest");

    // an extra entry makes it not a backup
    Path extra = dir.resolve("extra.zip");
    rewrite(good, extra, (name, content) -> content);
    try (var fs = java.nio.file.FileSystems.newFileSystem(extra)) {
      Files.writeString(fs.getPath("extra.txt"), "x");
    }
    assertProblem(extra, "backup.error.manifest");

    assertProblem(write("not-a-zip.zip", "halo".getBytes()), "backup.error.unreadable");
    assertThatThrownBy(() -> backups().verify(dir.resolve("missing.zip")))
        .isInstanceOf(RekapException.class)
        .hasFieldOrPropertyWithValue("kind", RekapException.Kind.BAD_INPUT);
    // the good one is still good; checking left no scratch folder behind
    assertThat(backups().verify(good).ok()).isTrue();
    try (var files = Files.list(dir.resolve("ws/backups"))) {
      assertThat(files.toList()).containsExactly(good);
    }
  }

  @Test
  void aCopyWhoseStoreLostItsNewestEventsIsRefused() throws IOException {
    Path good = backups().create("manual").backup().file();
    // a manifest that claims a later head than the copy holds (a copy cut short, which H2 opens
    // quietly at an older state)
    Path shortened = dir.resolve("short.zip");
    rewrite(
        good,
        shortened,
        (name, content) ->
            name.equals(BackupManifest.ENTRY)
                ? withManifest(
                    content,
                    m -> new id.rekap.core.audit.AuditHead(m.head().seq() + 1, m.head().hash()),
                    null)
                : content);
    assertProblem(shortened, "backup.error.head");
  }

  @Test
  void theSecondFolderGetsACopyAndAnUnpluggedStickIsReportedNotFatal() throws IOException {
    Path stick = Files.createDirectories(dir.resolve("usb"));
    assertThatThrownBy(() -> backups().setSecondFolder(users.operator(), stick))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(() -> backups().setSecondFolder(users.chair(), dir.resolve("ws/x")))
        .isInstanceOf(RekapException.class);
    backups().setSecondFolder(users.chair(), stick);
    Backups.Made made = backups().create("manual");
    Path copy = made.secondCopy().orElseThrow();
    assertThat(copy.getParent()).isEqualTo(stick);
    assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(made.backup().file()));
    assertThat(backups().verify(copy).ok()).isTrue();

    Files.delete(copy);
    Files.delete(stick);
    clock.advance(Duration.ofSeconds(1));
    Backups.Made without = backups().create("manual");
    assertThat(without.secondCopy()).isEmpty();
    assertThat(without.secondProblem().orElseThrow().key()).isEqualTo("backup.error.secondMissing");
    assertThat(Files.exists(stick)).as("an unplugged stick's folder is never created").isFalse();
    assertThat(backups().list()).hasSize(2);
  }

  @Test
  void oldBackupsAreRotatedAway() {
    for (int i = 0; i < 12; i++) {
      backups().create("manual");
      clock.advance(Duration.ofMinutes(20));
    }
    // 19:15 to 22:55 local time every 20 minutes: the 8 newest (from 20:35), and the newest of
    // each hour (19:55, 20:55, ...); 19:15 and 19:35 go
    List<BackupFolder.Entry> kept = backups().list();
    assertThat(kept).hasSize(9);
    assertThat(kept.getFirst().createdAt())
        .isEqualTo(clock.instant().minus(Duration.ofMinutes(20)));
    assertThat(kept.getLast().createdAt())
        .isEqualTo(TestClock.FIXED.instant().plus(Duration.ofMinutes(40)));
  }

  @Test
  void leftoversOfAnInterruptedBackupAreRemovedByTheNext() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("ws/backups"));
    Path part =
        Files.writeString(folder.resolve(".rekap-3101-20240220-191530-000090.zip.1.part"), "x");
    Path scratch = Files.createDirectories(folder.resolve(".take-123/copy"));
    Path other = Files.writeString(folder.resolve("catatan.txt"), "milik orang");
    backups().create("manual");
    assertThat(part).doesNotExist();
    assertThat(scratch.getParent()).doesNotExist();
    assertThat(other).exists();
  }

  /** The manifest with another head and (unless null) another database digest. */
  private static byte[] withManifest(
      byte[] json,
      java.util.function.Function<BackupManifest, id.rekap.core.audit.AuditHead> head,
      String sha256) {
    var m = BackupManifest.parse(json).orElseThrow();
    return new BackupManifest(
            m.createdAt(),
            m.reason(),
            m.software(),
            m.workspace(),
            head.apply(m),
            sha256 == null ? m.sha256() : sha256,
            m.size(),
            m.schema(),
            m.rows())
        .toJson();
  }

  private void assertProblem(Path file, String key) {
    var verdict = backups().verify(file);
    assertThat(verdict.ok()).as(file.toString()).isFalse();
    assertThat(verdict.problem().orElseThrow().key()).isEqualTo(key);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private interface Change {
    byte[] apply(String name, byte[] content);
  }

  private static void rewrite(Path from, Path to, Change change) throws IOException {
    try (ZipFile zip = new ZipFile(from.toFile());
        OutputStream os = Files.newOutputStream(to);
        ZipOutputStream out = new ZipOutputStream(os)) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        byte[] content = zip.getInputStream(e).readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(change.apply(e.getName(), content));
        out.closeEntry();
      }
    }
  }
}
