package id.rekap.core.workspace;

import id.rekap.core.adoption.Adoptions;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.audit.Checkpoints;
import id.rekap.core.audit.IntegrityGate;
import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.backup.BackupManifest;
import id.rekap.core.backup.Backups;
import id.rekap.core.backup.StoreInspector;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.CheckWorkspace;
import id.rekap.core.check.LatestCheck;
import id.rekap.core.check.SetRuleSeverity;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionDefinitionParser;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.entry.TemplateImport;
import id.rekap.core.entry.WorkQueue;
import id.rekap.core.exchange.ExportPackage;
import id.rekap.core.exchange.ImportPackage;
import id.rekap.core.exchange.WithdrawPackage;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.keys.WorkspaceKeys;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Objections;
import id.rekap.core.plenary.PlenarySessions;
import id.rekap.core.recap.ComputeRecap;
import id.rekap.core.region.ImportRegions;
import id.rekap.core.region.RegionTree;
import id.rekap.core.report.Committee;
import id.rekap.core.report.Reports;
import id.rekap.core.report.SignForm;
import id.rekap.core.revote.Revotes;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.status.WorkspaceStatus;
import id.rekap.core.store.Database;
import id.rekap.core.sync.ReceivePackages;
import id.rekap.core.sync.Sync;
import id.rekap.core.trust.TrustList;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * An open workspace: the composition root of tally-core. It wires the store's repositories into the
 * use cases; callers (CLI, GUI, tests) use only the use cases it hands out.
 */
public final class Workspace implements AutoCloseable {
  private final Path folder;
  private final Database db;
  private final Clock clock;
  private final WorkspaceInfo info;
  private final ElectionDefinition election;
  private final Transactions tx;
  private final AuditLog audit;
  private final MasterData masterData;
  private final StoreIntegrity integrity;
  private final LatestCheck latestCheck;
  private final PlenaryWiring plenary;
  private final RecapWiring counting;
  private final ExchangeWiring exchange;
  private final Lock backupLock = new ReentrantLock();
  private final List<Runnable> beforeClose = new CopyOnWriteArrayList<>();

  private final PasswordHasher passwords;

  Workspace(Path folder, Database db, Clock clock, PasswordHasher passwords) {
    this.passwords = passwords;
    this.folder = folder;
    this.db = db;
    this.clock = clock;
    OwnerOnly.workspace(folder);
    db.useClock(clock);
    this.tx = db.transactions();
    this.info =
        tx.inTransaction(() -> db.workspaceInfo().load())
            .orElseThrow(() -> RekapException.state("workspace.error.missing", folder));
    this.election =
        ElectionDefinitionParser.parse(
            "workspace", info.electionJson().getBytes(StandardCharsets.UTF_8));
    this.audit = db.auditLog(clock);
    this.integrity = new StoreIntegrity(tx, audit, db);
    this.masterData = new MasterData(tx, db.regions(), db.adoptions(), audit, info.region());
    var wiring = new Wiring(db, tx, audit, election, info, this::regionTree, clock);
    this.plenary = new PlenaryWiring(wiring, () -> check().run(), integrity);
    this.counting = new RecapWiring(wiring, plenary);
    this.exchange = new ExchangeWiring(wiring, plenary, counting, integrity);
    this.latestCheck =
        new LatestCheck(() -> tx.inTransaction(() -> audit.head().seq()), () -> check().run());
  }

  /**
   * Whether the folder holds a workspace (its store), without opening it: the start screen marks a
   * remembered folder that was moved or deleted.
   */
  public static boolean exists(Path folder) {
    return Database.exists(folder);
  }

  /** Opens an existing workspace folder. */
  public static Workspace open(Path folder, Clock clock) {
    return open(folder, clock, new PasswordHasher());
  }

  /**
   * Opens an existing workspace folder whose new password hashes take {@code passwords}' cost. The
   * program always opens with {@link PasswordHasher}'s defaults; tests pass a lower cost (issue
   * 19), as a Java argument only, never as anything read from the machine. Hashes made before keep
   * the cost they record.
   */
  public static Workspace open(Path folder, Clock clock, PasswordHasher passwords) {
    return over(Database.open(folder, false), db -> new Workspace(folder, db, clock, passwords));
  }

  /**
   * Opens an existing workspace for a command that only reads (status, recap, check, an unsigned
   * report): its store is opened read-only when it needs nothing written first (see {@link
   * Database#openForReading}), so nothing in the folder changes. The opening check runs as for
   * every opening; adoption, signing and export are not reachable from a reading command (they
   * write, and the store refuses).
   */
  public static Workspace openForReading(Path folder, Clock clock) {
    return over(
        Database.openForReading(folder),
        db -> new Workspace(folder, db, clock, new PasswordHasher()));
  }

  /** The workspace over an open store, which is closed again when the workspace cannot open. */
  static Workspace over(Database db, Function<Database, Workspace> open) {
    try {
      return open.apply(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Whether this workspace was opened only to read (its store refuses every write). */
  public boolean reading() {
    return db.reading();
  }

  public Path folder() {
    return folder;
  }

  /**
   * Runs {@code action} when the workspace is closed, before its store closes (the command line
   * takes its automatic backup there, once the command's own work is done).
   */
  public void beforeClose(Runnable action) {
    beforeClose.add(action);
  }

  public WorkspaceInfo info() {
    return info;
  }

  public ElectionDefinition election() {
    return election;
  }

  /** The master data, cached until the next region import. */
  public RegionTree regionTree() {
    return masterData.tree();
  }

  /** A logged-in user imports master data (see {@link ImportRegions#run}). */
  public ImportRegions.Summary importRegions(User by, List<Path> paths) {
    return masterData.importRegions(by, paths, null);
  }

  /**
   * A logged-in user imports master data; with a reason, the chair corrects master data under an
   * adopted region.
   */
  public ImportRegions.Summary importRegions(User by, List<Path> paths, String correction) {
    return masterData.importRegions(by, paths, correction);
  }

  /** The first master data, imported by the creator while creating the workspace. */
  ImportRegions.Summary initialRegions(Actor creator, List<Path> paths) {
    return masterData.initial(creator, paths);
  }

  public ImportResults importResults() {
    return plenary.importResults();
  }

  /** Re-votes (PSU, PSL, PSS, PUSS): declared by the chair or marked by Sirekap on import. */
  public Revotes revotes() {
    return plenary.revotes();
  }

  public ComputeRecap recap() {
    return counting.recap();
  }

  /** The official forms (D.Hasil, D.Kejadian Khusus) built from the recap. */
  public Reports reports() {
    return counting.reports();
  }

  /** The upward sync of this workspace: upstream, outbox, sender. */
  public Sync sync() {
    return exchange.sync();
  }

  /** The HTTPS receiver of the packages from the level below (kab/kota or province). */
  public ReceivePackages receivePackages() {
    return exchange.receivePackages();
  }

  /** The committee printed in the forms' signature blocks. */
  public Committee committee() {
    return plenary.committee();
  }

  public WorkspaceStatus status() {
    return counting.status();
  }

  /**
   * The status counted with findings the caller has already computed: a screen that shows both the
   * status and the findings then runs the checks once, not twice.
   */
  public WorkspaceStatus status(CheckEngine checked) {
    return counting.status(checked);
  }

  public CheckWorkspace check() {
    return counting.check();
  }

  /**
   * The full check kept between screens while the store has not changed (see {@link LatestCheck}):
   * for showing findings, never for deciding.
   */
  public LatestCheck latestCheck() {
    return latestCheck;
  }

  public SetRuleSeverity setRuleSeverity() {
    return counting.setRuleSeverity();
  }

  public Users users() {
    return new Users(tx, db.users(), db.loginStates(), audit, passwords, clock);
  }

  public KeyedEntry entry() {
    return plenary.entry();
  }

  /** The plenary's work queue per ballot: where every TPS stands (a query). */
  public WorkQueue workQueue() {
    return plenary.workQueue();
  }

  public Corrections corrections() {
    return plenary.corrections();
  }

  public Objections objections() {
    return plenary.objections();
  }

  /** The plenary sessions: place, opening and closing time, attendance. */
  public PlenarySessions sessions() {
    return plenary.sessions();
  }

  public Adoptions adoptions() {
    return plenary.adoptions();
  }

  public TemplateImport templateImport() {
    return plenary.templateImport();
  }

  public WorkspaceKeys keys() {
    return new WorkspaceKeys(tx, audit, info, folder, clock);
  }

  public ExportPackage exportPackage() {
    return exchange.exportPackage();
  }

  /** The certificates this workspace trusts, registered by an admin or the chair. */
  public TrustList trust() {
    return exchange.trust();
  }

  /** Import a PPK's signed package (kab/kota level), checked against the trust list. */
  public ImportPackage importPackage() {
    return exchange.importPackage();
  }

  /** The kab/kota chair withdraws a kecamatan's package in force. */
  public WithdrawPackage withdrawPackage() {
    return exchange.withdrawPackage();
  }

  /** Signed checkpoints of the audit chain, appended whenever the workspace key signs. */
  public Checkpoints checkpoints() {
    return exchange.checkpoints();
  }

  /**
   * The integrity check run when the workspace was opened (the whole chain, every checkpoint, and
   * the stored state against the chain's state sum, ADR 0028; row by row when that differs). When
   * the state had to be checked row by row and was intact, a new state sum base is written, so the
   * next opening is the quick one again.
   */
  public VerifyAudit.Result openingCheck() {
    return integrity.openingCheck();
  }

  /**
   * Refuses adoption, signing and package export on a store that fails the integrity check, run
   * afresh each time (a change behind the running program's back counts too).
   */
  public IntegrityGate integrityGate() {
    return integrity.gate();
  }

  /** Signs a form with the workspace key, after the integrity check and a signed checkpoint. */
  public SignForm signForm() {
    return new SignForm(integrityGate(), checkpoints(), clock);
  }

  public VerifyAudit verifyAudit() {
    return integrity.verifyAudit();
  }

  /**
   * The backups of this workspace (docs/security.md): taken, checked, listed, rotated.
   *
   * @param softwareVersion recorded in each backup's manifest
   */
  public Backups backups(String softwareVersion) {
    return new Backups(
        folder,
        BackupManifest.Identity.of(info),
        Instant.parse(info.createdAt()),
        new LiveDatabase(db, tx, audit, clock),
        copy -> inspect(copy, clock),
        tx,
        db.backupSettings(),
        audit,
        backupLock,
        clock,
        softwareVersion);
  }

  /**
   * What a copy of a workspace store holds (a backup being checked or restored): opened read-only,
   * verified by the same call as {@code rekap audit verify}, every row of every table read. A copy
   * made by an older Rekap is migrated first (it is a private scratch copy); one made by a newer
   * Rekap is refused.
   */
  public static StoreInspector.Inspection inspect(Path copy, Clock clock) {
    return StoreCopyInspection.inspect(copy, clock);
  }

  /**
   * The store, for this package only: {@link RestoreBackup} reads the restored store, and the tests
   * reach it through their WorkspaceInternals fixture. Callers use the use cases.
   */
  Database database() {
    return db;
  }

  @Override
  public void close() {
    try {
      beforeClose.forEach(Runnable::run);
    } finally {
      db.close();
    }
  }
}
