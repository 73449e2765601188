package id.rekap.core.backup;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.CrashPoints;
import id.rekap.core.common.MessageRef;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.StagedFile;
import id.rekap.core.common.Transactions;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * Use cases of the workspace's backups: take one now (a consistent copy of the store while it is in
 * use, checked before it counts, copied to the second folder when one is set, old ones rotated),
 * tell whether one is due, list them, check one, and set the second folder.
 *
 * <p>A backup is due after an import, an adoption, a correction or a restore, and otherwise once
 * there has been any change and the last backup is {@value #INTERVAL_MINUTES} minutes old; never
 * while the store holds the same facts as the last backup (its state sum unchanged). A backup
 * counts (gets its final name) only after its copy of the store has passed the workspace's own
 * verification and the written file has been read back.
 */
public final class Backups {
  /** The folder of the workspace that holds its backups. */
  public static final String FOLDER = "backups";

  static final int INTERVAL_MINUTES = 15;
  static final Duration INTERVAL = Duration.ofMinutes(INTERVAL_MINUTES);

  /** The audit actions after which a backup is due at once, and the reason it then records. */
  private static final Map<AuditAction, String> TRIGGERS = triggers();

  private final Path workspace;
  private final BackupManifest.Identity identity;
  private final Instant workspaceCreated;
  private final LiveStore live;
  private final StoreInspector inspector;
  private final Transactions tx;
  private final BackupSettingsRepository settings;
  private final AuditLog audit;
  private final Lock lock;
  private final Clock clock;
  private final String software;

  /** What {@link #create} made: the backup, and what became of its copy in the second folder. */
  public record Made(
      BackupFolder.Entry backup, Optional<Path> secondCopy, Optional<MessageRef> secondProblem) {}

  /** Whether a backup is due, and why. */
  public record Due(boolean due, String reason) {
    static final Due NO = new Due(false, "");
  }

  /**
   * @param lock one per open workspace: backups of one workspace never run at the same time
   */
  public Backups(
      Path workspace,
      BackupManifest.Identity identity,
      Instant workspaceCreated,
      LiveStore live,
      StoreInspector inspector,
      Transactions tx,
      BackupSettingsRepository settings,
      AuditLog audit,
      Lock lock,
      Clock clock,
      String software) {
    this.workspace = workspace;
    this.identity = identity;
    this.workspaceCreated = workspaceCreated;
    this.live = live;
    this.inspector = inspector;
    this.tx = tx;
    this.settings = settings;
    this.audit = audit;
    this.lock = lock;
    this.clock = clock;
    this.software = software;
  }

  /** The workspace's own backup folder. */
  public BackupFolder folder() {
    return new BackupFolder(workspace.resolve(FOLDER), identity.region());
  }

  /** The second folder (a USB stick), if one is set. */
  public Optional<BackupFolder> secondFolder() {
    return tx.inTransaction(settings::secondFolder)
        .map(f -> new BackupFolder(Path.of(f), identity.region()));
  }

  /** This workspace's backups in its own folder, newest first. */
  public List<BackupFolder.Entry> list() {
    return folder().list();
  }

  /**
   * The newest backup in the workspace's folder: every backup there was checked before it got its
   * name.
   */
  public Optional<BackupFolder.Entry> lastVerified() {
    return folder().newest();
  }

  /** Checks a backup file (of this workspace or another): see {@link BackupCheck}. */
  public BackupCheck.Verdict verify(Path file) {
    Path scratch =
        Files.isDirectory(folder().path())
            ? folder().path()
            : workspace.toAbsolutePath().getParent();
    return new BackupCheck(inspector).check(file, scratch);
  }

  /** Whether a backup is due now (see the class comment). */
  public Due due() {
    if (live.onServer()) {
      return Due.NO;
    }
    AuditHead head = live.head();
    Optional<BackupManifest> last = lastVerified().flatMap(BackupFolder.Entry::manifest);
    if (last.isPresent() && last.get().head().equals(head)) {
      return Due.NO;
    }
    // after a restore the newest backup may lie ahead of the restored chain: look at all of it
    long since = last.map(m -> m.head().seq()).filter(s -> s < head.seq()).orElse(0L);
    Set<String> actions = live.actionsAfter(since);
    if (last.isPresent() && sameFacts(last.get().head(), head, actions)) {
      return Due.NO;
    }
    for (Map.Entry<AuditAction, String> t : TRIGGERS.entrySet()) {
      if (actions.contains(t.getKey().stored())) {
        return new Due(true, t.getValue());
      }
    }
    Instant reference = last.map(BackupManifest::createdAt).orElse(workspaceCreated);
    if (!actions.isEmpty()
        && !Duration.between(reference, clock.instant()).minus(INTERVAL).isNegative()) {
      return new Due(true, "interval");
    }
    return Due.NO;
  }

  /**
   * Whether the store holds the same facts as the last backup although events were appended since
   * (logins, a state-sum base, a re-import that changed nothing): the state sum of every bound row
   * (ADR 0028) at the head is the one at the backup's head, on the same chain. A new backup would
   * only repeat the last one, so none is due, whatever the actions or the time passed; a signed
   * checkpoint still makes one due, since a signed form names it. Unknown when either event carries
   * no sum (a chain from before ADR 0028): then the actions decide, as before.
   */
  private boolean sameFacts(AuditHead backedUp, AuditHead head, Set<String> actions) {
    if (backedUp.seq() >= head.seq() || actions.contains(AuditAction.AUDIT_CHECKPOINT.stored())) {
      return false;
    }
    Optional<String> then = live.stateSumAt(backedUp);
    return then.isPresent() && then.equals(live.stateSumAt(head));
  }

  /** The head of the workspace's audit chain now. */
  public AuditHead head() {
    return live.head();
  }

  /**
   * Takes a backup if one is due and the chain has moved since {@code seen} (its head when the
   * caller began): a backup follows a change, never a query, which would otherwise pay for the
   * backup an earlier change left due (at a regency's scale, half a minute for a status line).
   */
  public Optional<Made> runIfChangedSince(AuditHead seen) {
    return live.head().equals(seen) ? Optional.empty() : runIfDue();
  }

  /** Takes a backup if one is due. */
  public Optional<Made> runIfDue() {
    lock.lock();
    try {
      Due due = due();
      return due.due() ? Optional.of(create(due.reason())) : Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes a backup now: H2's consistent online copy, checked in a scratch folder (the workspace's
   * own verification, every row read), written with its manifest, read back, and only then given
   * its final name; then copied to the second folder (a failure there is reported, the backup
   * counts) and old backups rotated away. Nothing in the store changes.
   */
  public Made create(String reason) {
    lock.lock();
    try {
      BackupFolder primary = folder();
      Path dir = primary.path();
      Files.createDirectories(dir);
      primary.removeLeftovers(true);
      Path work = Files.createTempDirectory(dir, ".take-");
      try {
        Path copy = Files.createDirectories(work.resolve("copy"));
        BackupManifest manifest = take(work, copy, reason);
        Path target = primary.newName(manifest.createdAt(), manifest.head().seq(), clock);
        try (StagedFile staged =
            StagedFile.write(target, out -> BackupZip.write(out, manifest, copy))) {
          BackupZip.confirm(staged.temp(), manifest);
          CrashPoints.reach(CrashPoints.BACKUP_VERIFIED);
          staged.publish();
        }
        rotate(primary);
        BackupFolder.Entry made =
            new BackupFolder.Entry(target, Optional.of(manifest), Files.size(target));
        return copyToSecond(made);
      } finally {
        BackupCheck.deleteTree(work);
      }
    } catch (IOException | UncheckedIOException e) {
      throw RekapException.state("backup.error.write", workspace.resolve(FOLDER), e.getMessage());
    } finally {
      lock.unlock();
    }
  }

  /** The copy of the store, extracted and checked; its manifest. */
  private BackupManifest take(Path work, Path copy, String reason) throws IOException {
    Path h2 = work.resolve("h2.zip");
    live.backupTo(h2);
    BackupZip.Extracted db = BackupZip.extractH2(h2, copy);
    Files.delete(h2);
    // the copy opens with the workspace's database password, and the backup carries it (ADR 0013)
    Path key = workspace.resolve(BackupManifest.KEY);
    if (Files.isRegularFile(key)) {
      Files.copy(key, copy.resolve(BackupManifest.KEY));
    }
    StoreInspector.Inspection in = inspector.inspect(copy);
    if (!in.audit().ok()) {
      throw new RekapException(
          RekapException.Kind.PROBLEM_FOUND, "backup.error.liveAudit", VerdictText.of(in.audit()));
    }
    return new BackupManifest(
        clock.instant(),
        reason,
        software,
        in.workspace(),
        new AuditHead(in.audit().events(), in.audit().headHash()),
        db.sha256(),
        db.size(),
        in.schema(),
        in.rows());
  }

  /**
   * Copies a fresh backup to the second folder, if one is set; a failure is reported, not thrown.
   */
  private Made copyToSecond(BackupFolder.Entry made) {
    Optional<BackupFolder> second = secondFolder();
    if (second.isEmpty()) {
      return new Made(made, Optional.empty(), Optional.empty());
    }
    BackupFolder folder = second.get();
    // never create it: an unplugged stick's mount point is a folder of the system disk
    if (!Files.isDirectory(folder.path())) {
      return new Made(
          made,
          Optional.empty(),
          Optional.of(new MessageRef("backup.error.secondMissing", folder.path())));
    }
    BackupManifest manifest = made.manifest().orElseThrow();
    try {
      folder.removeLeftovers(false);
      Path target = folder.newName(manifest.createdAt(), manifest.head().seq(), clock);
      try (StagedFile staged = StagedFile.write(target, out -> Files.copy(made.file(), out))) {
        BackupZip.confirm(staged.temp(), manifest);
        staged.publish();
      }
      rotate(folder);
      return new Made(made, Optional.of(target), Optional.empty());
    } catch (IOException | RuntimeException e) {
      return new Made(
          made,
          Optional.empty(),
          Optional.of(new MessageRef("backup.error.second", folder.path(), e.getMessage())));
    }
  }

  private void rotate(BackupFolder folder) throws IOException {
    List<Rotation.Item<Path>> items =
        folder.list().stream()
            .filter(e -> e.manifest().isPresent())
            .map(e -> new Rotation.Item<>(e.file(), e.createdAt()))
            .toList();
    Set<Path> keep = Rotation.keep(items, clock.instant(), clock.getZone());
    for (Rotation.Item<Path> i : items) {
      if (!keep.contains(i.key())) {
        Files.deleteIfExists(i.key());
      }
    }
  }

  /**
   * Sets the second folder (or clears it with null): the chair, audited. The folder must exist now
   * (the stick plugged in) and must not lie inside the workspace.
   */
  public void setSecondFolder(User by, Path folder) {
    Users.require(by, Role.CHAIR);
    String value = null;
    if (folder != null) {
      Path absolute = folder.toAbsolutePath().normalize();
      if (!Files.isDirectory(absolute) || !Files.isWritable(absolute)) {
        throw RekapException.badInput("backup.error.secondFolder", absolute);
      }
      if (absolute.startsWith(workspace.toAbsolutePath().normalize())) {
        throw RekapException.badInput("backup.error.secondInside", absolute);
      }
      value = absolute.toString();
    }
    String chosen = value;
    tx.run(
        () -> {
          settings.setSecondFolder(chosen, by.name(), clock.instant().toString());
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("secondFolder", chosen);
          audit.append(by.actor(), AuditAction.BACKUP_FOLDER, payload);
        });
  }

  private static Map<AuditAction, String> triggers() {
    Map<AuditAction, String> t = new LinkedHashMap<>();
    t.put(AuditAction.BACKUP_RESTORE, "restore");
    t.put(AuditAction.ADOPTION_ADOPT, "adoption");
    t.put(AuditAction.CORRECTION_APPLY, "correction");
    t.put(AuditAction.RESULT_IMPORT, "import");
    t.put(AuditAction.RESULT_CORRECT, "import");
    t.put(AuditAction.ENTRY_TEMPLATE, "import");
    t.put(AuditAction.PACKAGE_IMPORT, "import");
    t.put(AuditAction.REGIONS_IMPORT, "import");
    return t;
  }
}
