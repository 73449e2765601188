package id.rekap.core.workspace;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.backup.BackupCheck;
import id.rekap.core.backup.BackupManifest;
import id.rekap.core.common.CrashPoints;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.StagedFile;
import id.rekap.core.store.Database;
import id.rekap.core.store.JooqPackageOutRepository;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: put a backup in place of a workspace's store. The backup is checked first (as {@code
 * backup verify} does); the user must be the chair, in the backup and, when the current store still
 * opens, in the current store too. The restored store is prepared complete in a hidden staging
 * folder, with one audit event chained onto the backup's head that records who restored what and
 * what was set aside; the current store is kept aside in {@code replaced/} (never deleted); then
 * one atomic rename puts the restored store in place. At no moment is the workspace without a
 * store.
 *
 * <p>Package numbers stay increasing: packages the current store had already sent beyond the
 * backup's last one are carried into the restored record, so the next export does not reuse a
 * number the level above has already seen.
 */
public final class RestoreBackup {
  /** The folder of the workspace where replaced stores are kept. */
  public static final String REPLACED = "replaced";

  private static final String STAGING = ".restore-";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private RestoreBackup() {}

  /**
   * What is in place now: nothing, a store that opens (its identity and head), or one that does
   * not.
   */
  public record Current(
      boolean exists, Optional<BackupManifest.Identity> identity, Optional<AuditHead> head) {
    public boolean readable() {
      return identity.isPresent();
    }
  }

  /** What a restore would do: the checked backup, and the store it would replace. */
  public record Plan(Path backup, BackupManifest manifest, Current current) {}

  /** What a restore did. */
  public record Done(
      Plan plan, AuditHead restoredHead, Optional<Path> keptAs, List<Integer> carriedPackages) {}

  /**
   * Checks the backup and looks at the current store; changes nothing. A damaged backup, a backup
   * of another workspace, or a workspace in use by another Rekap is refused.
   */
  public static Plan plan(Path workspace, Path backup, Clock clock) {
    BackupCheck.Verdict verdict =
        new BackupCheck(copy -> Workspace.inspect(copy, clock)).check(backup, scratch(workspace));
    if (!verdict.ok()) {
      throw new RekapException(
          RekapException.Kind.PROBLEM_FOUND, "backup.error.notRestorable", verdict.problem().get());
    }
    BackupManifest manifest = verdict.manifest().orElseThrow();
    Current current = current(workspace, clock);
    if (current.readable() && !current.identity().get().sameCentre(manifest.workspace())) {
      throw RekapException.badInput(
          "backup.error.otherWorkspace",
          backup,
          manifest.workspace().region(),
          current.identity().get().region());
    }
    return new Plan(backup, manifest, current);
  }

  /** Restores the backup as {@code user} (the chair). */
  public static Done run(Path workspace, Path backup, String user, char[] password, Clock clock) {
    Plan plan = plan(workspace, backup, clock);
    List<JooqPackageOutRepository.Sent> sent = List.of();
    if (plan.current().readable()) {
      try (Workspace ws = Workspace.open(workspace, clock)) {
        authorise(ws, user, password);
        sent = ws.database().packagesOut().after(0);
      }
    }
    Path staging = null;
    try {
      Files.createDirectories(workspace);
      staging = Files.createTempDirectory(workspace, STAGING);
      Optional<Path> kept =
          plan.current().exists() ? Optional.of(keptName(workspace, clock)) : Optional.empty();
      BackupCheck.extractVerified(backup, plan.manifest(), staging);
      Prepared prepared = prepare(staging, plan, kept, sent, user, password, clock);
      if (kept.isPresent()) {
        keepAside(workspace, kept.get());
      }
      CrashPoints.reach(CrashPoints.RESTORE_KEPT_ASIDE);
      Path store = workspace.resolve(Database.FILE_STEM + ".mv.db");
      // the restored store opens only with the password it was saved with: its key file first
      Path key = staging.resolve(Database.SECRET_FILE);
      if (Files.isRegularFile(key)) {
        Files.move(
            key,
            workspace.resolve(Database.SECRET_FILE),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(
          staging.resolve(Database.FILE_STEM + ".mv.db"),
          store,
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      StagedFile.syncFolder(workspace);
      return new Done(plan, prepared.head(), kept, prepared.carried());
    } catch (IOException | UncheckedIOException e) {
      throw RekapException.state("backup.error.restore", workspace, e.getMessage());
    } finally {
      deleteTree(staging);
    }
  }

  private record Prepared(AuditHead head, List<Integer> carried) {}

  /** The restored store, complete in the staging folder: carried package numbers and the event. */
  private static Prepared prepare(
      Path staging,
      Plan plan,
      Optional<Path> kept,
      List<JooqPackageOutRepository.Sent> sent,
      String user,
      char[] password,
      Clock clock) {
    try (Workspace restored = Workspace.open(staging, clock)) {
      User by = authorise(restored, user, password);
      Database db = restored.database();
      List<Integer> carried =
          db.transactions()
              .inTransaction(
                  () -> {
                    int last = db.packagesOut().lastSequence();
                    List<Integer> numbers = new java.util.ArrayList<>();
                    for (var s : sent) {
                      if (s.sequence() > last) {
                        db.packagesOut()
                            .record(
                                s.sequence(), s.createdAt(), s.sha256(), s.reason(), s.auditHead());
                        numbers.add(s.sequence());
                      }
                    }
                    db.auditLog(clock)
                        .append(
                            by.actor(), AuditAction.BACKUP_RESTORE, payload(plan, kept, numbers));
                    return numbers;
                  });
      return new Prepared(db.transactions().inTransaction(db.auditLog(clock)::head), carried);
    }
  }

  private static Map<String, Object> payload(
      Plan plan, Optional<Path> kept, List<Integer> carried) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("file", plan.backup().toAbsolutePath().toString());
    p.put("sha256", plan.manifest().sha256());
    p.put("createdAt", plan.manifest().createdAt().toString());
    p.put("backupHead", head(plan.manifest().head()));
    p.put("replacedHead", plan.current().head().map(RestoreBackup::head).orElse(null));
    p.put("keptAs", kept.map(k -> REPLACED + "/" + k.getFileName()).orElse(null));
    p.put("carriedPackages", carried);
    return p;
  }

  private static Map<String, Object> head(AuditHead h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", h.seq());
    m.put("hash", h.hash());
    return m;
  }

  private static User authorise(Workspace ws, String user, char[] password) {
    User u = ws.users().login(user, password);
    Users.require(u, Role.CHAIR);
    return u;
  }

  /**
   * Keeps the current store in {@code replaced/}: a hard link where the file system has them (the
   * same bytes, no copy), else a durable copy. Nothing is ever deleted.
   */
  private static void keepAside(Path workspace, Path kept) throws IOException {
    Path store = workspace.resolve(Database.FILE_STEM + ".mv.db");
    try {
      Files.createLink(kept, store);
    } catch (UnsupportedOperationException | IOException e) {
      try (StagedFile copy = StagedFile.write(kept, out -> Files.copy(store, out))) {
        copy.publish();
      }
    }
    // the kept store opens only with its own password file (ADR 0013): keep that beside it
    Path key = workspace.resolve(Database.SECRET_FILE);
    if (Files.isRegularFile(key)) {
      String name =
          kept.getFileName().toString().replace(".mv.db", "") + "." + Database.SECRET_FILE;
      Files.copy(key, kept.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING);
    }
    StagedFile.syncFolder(kept.getParent());
  }

  /** A free name in {@code replaced/} for the store being replaced now. */
  private static Path keptName(Path workspace, Clock clock) throws IOException {
    Path folder = Files.createDirectories(workspace.resolve(REPLACED));
    String stem = "rekap-" + STAMP.format(clock.instant().atZone(clock.getZone()));
    Path kept = folder.resolve(stem + ".mv.db");
    for (int n = 2; Files.exists(kept); n++) {
      kept = folder.resolve(stem + "-" + n + ".mv.db");
    }
    return kept;
  }

  private static Current current(Path workspace, Clock clock) {
    if (!Database.exists(workspace)) {
      return new Current(false, Optional.empty(), Optional.empty());
    }
    try (Workspace ws = Workspace.open(workspace, clock)) {
      return new Current(
          true,
          Optional.of(BackupManifest.Identity.of(ws.info())),
          Optional.of(
              ws.database().transactions().inTransaction(ws.database().auditLog(clock)::head)));
    } catch (RekapException e) {
      if ("workspace.error.locked".equals(e.key())) {
        throw e;
      }
      // the store no longer opens: the very case a restore is for
      return new Current(true, Optional.empty(), Optional.empty());
    } catch (RuntimeException e) {
      return new Current(true, Optional.empty(), Optional.empty());
    }
  }

  /** Where the check extracts the backup: the workspace, or the system's temporary folder. */
  private static Path scratch(Path workspace) {
    return Files.isDirectory(workspace)
        ? workspace.toAbsolutePath()
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a hidden staging folder left behind is harmless; the next restore leaves its own
    }
  }
}
