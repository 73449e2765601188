// Over 400 lines: it is to become a pure composition root (receiving and audit logic out) in the
// design pass (issue 19, move 1), kept whole here so that the
// feature branches merged this session stay reviewable.
package id.rekap.core.workspace;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionDefinitionParser;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.recap.ComputeRecap;
import id.rekap.core.region.ImportRegions;
import id.rekap.core.region.RegionRepository;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.status.WorkspaceStatus;
import id.rekap.core.store.Database;
import id.rekap.core.user.User;
import id.rekap.signing.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * An open workspace: the composition root of tally-core. It wires the store's repositories into the
 * use cases; callers (CLI, GUI, tests) use only the use cases it hands out.
 */
public final class Workspace implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Workspace.class);

  private final Path folder;
  private final Database db;
  private final Clock clock;
  private final WorkspaceInfo info;
  private final ElectionDefinition election;
  private final Transactions tx;
  private final RegionRepository regions;
  private final ResultRepository results;
  private final AuditLog audit;
  private volatile RegionTree tree;
  private volatile VerifyAudit.Result openingCheck;
  private final id.rekap.core.check.LatestCheck latestCheck;
  private final java.util.concurrent.locks.Lock backupLock =
      new java.util.concurrent.locks.ReentrantLock();
  private final java.util.List<Runnable> beforeClose =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private final PasswordHasher passwords;

  Workspace(Path folder, Database db, Clock clock) {
    this(folder, db, clock, new PasswordHasher());
  }

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
    this.regions = db.regions();
    this.results = db.results();
    this.audit = db.auditLog(clock);
    this.latestCheck =
        new id.rekap.core.check.LatestCheck(
            () -> tx.inTransaction(() -> audit.head().seq()), () -> check().run());
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
    Database db = Database.open(folder, false);
    try {
      return new Workspace(folder, db, clock, passwords);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Opens an existing workspace for a command that only reads (status, recap, check, an unsigned
   * report): its store is opened read-only when it needs nothing written first (see {@link
   * Database#openForReading}), so nothing in the folder changes. The opening check runs as for
   * every opening; adoption, signing and export are not reachable from a reading command (they
   * write, and the store refuses).
   */
  public static Workspace openForReading(Path folder, Clock clock) {
    Database db = Database.openForReading(folder);
    try {
      return new Workspace(folder, db, clock);
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
    RegionTree t = tree;
    if (t == null) {
      t =
          tx.inTransaction(
              () -> new RegionTree(info.region(), regions.allRegions(), regions.allTps()));
      tree = t;
    }
    return t;
  }

  /** A logged-in user imports master data (see {@link ImportRegions#run}). */
  public ImportRegions.Summary importRegions(User by, java.util.List<Path> paths) {
    return importRegions(by, paths, null);
  }

  /**
   * A logged-in user imports master data; with a reason, the chair corrects master data under an
   * adopted region.
   */
  public ImportRegions.Summary importRegions(
      User by, java.util.List<Path> paths, String correction) {
    try {
      return regionImport().run(by, paths, correction);
    } finally {
      tree = null;
    }
  }

  /** The first master data, imported by the creator while creating the workspace. */
  ImportRegions.Summary initialRegions(Actor creator, java.util.List<Path> paths) {
    try {
      return regionImport().initial(creator, paths);
    } finally {
      tree = null;
    }
  }

  private ImportRegions regionImport() {
    return new ImportRegions(
        tx,
        regions,
        audit,
        info.region(),
        () -> {
          var codes = new java.util.HashSet<String>();
          db.adoptions().all().forEach(a -> codes.add(a.code()));
          return codes;
        });
  }

  public ImportResults importResults() {
    var adopted = new java.util.HashSet<String>();
    tx.run(
        () ->
            db.adoptions().all().stream()
                .filter(id.rekap.core.adoption.AdoptionRepository.Adopted::inForce)
                .forEach(a -> adopted.add(a.contest().id() + "|" + a.code())));
    return new ImportResults(
        tx,
        results,
        audit,
        election,
        this::regionTree,
        clock,
        (c, t) -> adopted.contains(c.id() + "|" + t.value()),
        revotes(),
        db.published());
  }

  /** Re-votes (PSU, PSL, PSS, PUSS): declared by the chair or marked by Sirekap on import. */
  public id.rekap.core.revote.Revotes revotes() {
    return new id.rekap.core.revote.Revotes(
        tx,
        db.revotes(),
        results,
        db.keyings(),
        db.adoptions(),
        audit,
        election,
        this::regionTree,
        clock);
  }

  public ComputeRecap recap() {
    return new ComputeRecap(tx, results, election, this::regionTree);
  }

  /** The official forms (D.Hasil, D.Kejadian Khusus) built from the recap. */
  public id.rekap.core.report.Reports reports() {
    var adoptions = adoptions();
    var objections = objections();
    var committee = committee();
    var sessions = sessions();
    var revotes = revotes();
    return new id.rekap.core.report.Reports(
        recap(),
        election,
        this::regionTree,
        new id.rekap.core.report.PlenaryRecords(
            adoptions::isAdopted,
            objections::list,
            committee::members,
            sessions::list,
            (c, code) ->
                tx.inTransaction(() -> db.adoptions().find(c, code))
                    .map(a -> java.time.Instant.parse(a.at())),
            // once per contest and query object (Reports keeps them), however many forms
            c -> check().run(c).findings(),
            revotes::under),
        (contest, code) -> formStamp(adoptions.stamp(contest, code)));
  }

  /** The form's stamp: where the adoption stands, and the audit head now. */
  private id.rekap.core.report.FormStamp formStamp(id.rekap.core.adoption.AdoptionStamp a) {
    var head = tx.inTransaction(audit::head);
    var kind =
        switch (a.state()) {
          case NONE -> id.rekap.core.report.FormStamp.Kind.NONE;
          case OFFICIAL -> id.rekap.core.report.FormStamp.Kind.OFFICIAL;
          case LIFTED -> id.rekap.core.report.FormStamp.Kind.LIFTED;
          case CHANGED -> id.rekap.core.report.FormStamp.Kind.CHANGED;
          case UNVERIFIED -> id.rekap.core.report.FormStamp.Kind.UNVERIFIED;
        };
    return new id.rekap.core.report.FormStamp(
        kind,
        a.digest(),
        a.adoptedAt(),
        a.liftedAt(),
        a.liftedReason(),
        head.seq() + ":" + head.hash());
  }

  /** The upward sync of this workspace: upstream, outbox, sender. */
  public id.rekap.core.sync.Sync sync() {
    return new id.rekap.core.sync.Sync(tx, db.sync(), audit, clock);
  }

  /**
   * Records a delivery the receiver took in, accepted or refused, as an audit event of its own
   * transaction (the import, if any, has committed its own), in the name of the user who started
   * the receiver.
   */
  public id.rekap.core.sync.SyncReceiver.DeliveryLog deliveryLog(User by) {
    return new id.rekap.core.sync.SyncReceiver.DeliveryLog() {
      @Override
      public void record(String remote, String sha, id.rekap.core.sync.PackageInbox.Delivery d) {
        var payload = new java.util.LinkedHashMap<String, Object>();
        payload.put("from", remote);
        payload.put("sha256", sha);
        payload.put("sender", d.sender());
        payload.put("sequence", d.sequence());
        payload.put("result", d.result().id());
        payload.put("reason", d.reason());
        tx.run(() -> audit.append(by.actor(), "sync.receive", payload));
      }

      @Override
      public void summary(
          java.time.Instant from, java.time.Instant to, java.util.Map<String, Long> counts) {
        var payload = new java.util.LinkedHashMap<String, Object>();
        payload.put("from", from.toString());
        payload.put("to", to.toString());
        payload.put("counts", new java.util.TreeMap<>(counts));
        tx.run(() -> audit.append(by.actor(), "sync.receive.summary", payload));
      }
    };
  }

  /**
   * Starts this kab/kota workspace's HTTPS receiver for a logged-in operator, verifier or chair:
   * every upload goes through the same verification and import as {@code rekap package import} in
   * that user's name, is answered with a receipt signed by the workspace key, and is logged in the
   * audit log.
   */
  public id.rekap.core.sync.SyncReceiver receiver(
      User by,
      id.rekap.signing.SigningKey key,
      java.net.InetSocketAddress address,
      id.rekap.core.sync.SyncReceiver.Limits limits)
      throws java.io.IOException {
    return receiver(by, key, address, limits, delivery -> {});
  }

  /**
   * The same receiver, telling {@code listener} of every delivery once it is stored or refused (on
   * the receiver's thread), so that a window can show it at once.
   */
  public id.rekap.core.sync.SyncReceiver receiver(
      User by,
      id.rekap.signing.SigningKey key,
      java.net.InetSocketAddress address,
      id.rekap.core.sync.SyncReceiver.Limits limits,
      java.util.function.Consumer<id.rekap.core.sync.PackageInbox.Delivery> listener)
      throws java.io.IOException {
    id.rekap.core.user.Users.require(by, id.rekap.core.user.Role.OPERATOR);
    var importer = importPackage();
    id.rekap.core.sync.PackageInbox inbox =
        (content, sha) -> {
          var delivery = receive(by, importer, content, sha);
          listener.accept(delivery);
          return delivery;
        };
    return id.rekap.core.sync.SyncReceiver.start(
        address,
        id.rekap.signing.TlsContexts.server(key),
        limits,
        inbox,
        deliveryLog(by),
        json -> id.rekap.signing.CmsSignature.sign(json, key, clock),
        info.region().value(),
        clock);
  }

  private static id.rekap.core.sync.PackageInbox.Delivery receive(
      User by, id.rekap.core.exchange.ImportPackage importer, Path content, String sha) {
    try {
      var o = importer.run(by, content, "terima-" + sha.substring(0, 12) + ".rekap");
      var result =
          switch (o.status()) {
            case IMPORTED -> id.rekap.core.sync.PackageInbox.Result.IMPORTED;
            case SUPERSEDED -> id.rekap.core.sync.PackageInbox.Result.SUPERSEDED;
            case UNCHANGED -> id.rekap.core.sync.PackageInbox.Result.UNCHANGED;
          };
      return new id.rekap.core.sync.PackageInbox.Delivery(
          result, o.sequence(), o.senderRegion(), "");
    } catch (RekapException e) {
      // a refusal the sender must hear about, in the clerk's words; nothing was stored. It is
      // an audit event of its own only when a sender on the trust list signed the package.
      return new id.rekap.core.sync.PackageInbox.Delivery(
          id.rekap.core.sync.PackageInbox.Result.REFUSED,
          0,
          "",
          e.localized(id.rekap.core.common.Messages.INDONESIAN),
          e instanceof id.rekap.core.exchange.TrustedSenderRefusal);
    }
  }

  /** The committee printed in the forms' signature blocks. */
  public id.rekap.core.report.Committee committee() {
    return new id.rekap.core.report.Committee(tx, db.committee(), audit);
  }

  public WorkspaceStatus status() {
    return new WorkspaceStatus(tx, results, election, this::regionTree, () -> check().run());
  }

  /**
   * The status counted with findings the caller has already computed: a screen that shows both the
   * status and the findings then runs the checks once, not twice.
   */
  public WorkspaceStatus status(id.rekap.core.check.CheckEngine checked) {
    return new WorkspaceStatus(tx, results, election, this::regionTree, () -> checked);
  }

  public id.rekap.core.check.CheckWorkspace check() {
    var published = db.published();
    return new id.rekap.core.check.CheckWorkspace(
        tx,
        results,
        db.ruleSettings(),
        election,
        this::regionTree,
        this::packageDiscrepancies,
        () -> tx.inTransaction(published::all));
  }

  /**
   * The full check kept between screens while the store has not changed (see {@link
   * id.rekap.core.check.LatestCheck}): for showing findings, never for deciding.
   */
  public id.rekap.core.check.LatestCheck latestCheck() {
    return latestCheck;
  }

  /** The R22 discrepancies of the packages in force (a superseded package's no longer count). */
  private java.util.List<id.rekap.core.check.PackageDiscrepancy> packageDiscrepancies() {
    return tx.inTransaction(() -> db.packagesIn().all()).stream()
        .filter(id.rekap.core.exchange.ReceivedPackage::current)
        .flatMap(p -> p.discrepancies().stream())
        .toList();
  }

  public id.rekap.core.check.SetRuleSeverity setRuleSeverity() {
    return new id.rekap.core.check.SetRuleSeverity(tx, db.ruleSettings(), audit);
  }

  public id.rekap.core.user.Users users() {
    return new id.rekap.core.user.Users(tx, db.users(), db.loginStates(), audit, passwords, clock);
  }

  public id.rekap.core.entry.KeyedEntry entry() {
    return new id.rekap.core.entry.KeyedEntry(
        tx,
        db.keyings(),
        db.keyedBy(),
        results,
        db.adoptions(),
        audit,
        election,
        this::regionTree,
        clock);
  }

  /** The plenary's work queue per ballot: where every TPS stands (a query). */
  public id.rekap.core.entry.WorkQueue workQueue() {
    return new id.rekap.core.entry.WorkQueue(
        tx, db.keyings(), results, db.adoptions(), this::regionTree);
  }

  public id.rekap.core.plenary.Corrections corrections() {
    return new id.rekap.core.plenary.Corrections(
        tx, results, db.plenary(), audit, clock, adoptions()::liftWhereChanged);
  }

  public id.rekap.core.plenary.Objections objections() {
    return new id.rekap.core.plenary.Objections(
        tx, db.plenary(), db.sessions(), audit, election, this::regionTree, clock);
  }

  /** The plenary sessions: place, opening and closing time, attendance. */
  public id.rekap.core.plenary.PlenarySessions sessions() {
    return new id.rekap.core.plenary.PlenarySessions(tx, db.sessions(), audit, election, clock);
  }

  public id.rekap.core.adoption.Adoptions adoptions() {
    return new id.rekap.core.adoption.Adoptions(
        tx,
        db.adoptions(),
        db.decisions(),
        results,
        db.keyedBy(),
        audit,
        election,
        this::regionTree,
        () -> check().run(),
        clock,
        integrityGate(),
        new OpenPlenaryBusiness(db.keyings(), db.plenary()));
  }

  public id.rekap.core.entry.TemplateImport templateImport() {
    return new id.rekap.core.entry.TemplateImport(tx, entry(), audit, election, this::regionTree);
  }

  public id.rekap.core.keys.WorkspaceKeys keys() {
    return new id.rekap.core.keys.WorkspaceKeys(tx, audit, info, folder, clock);
  }

  public id.rekap.core.exchange.ExportPackage exportPackage() {
    return new id.rekap.core.exchange.ExportPackage(
        tx,
        results,
        db.plenary(),
        db.adoptions(),
        db.packagesOut(),
        audit,
        election,
        info,
        recap(),
        () -> check().run(),
        this::reports,
        clock,
        integrityGate(),
        checkpoints());
  }

  /** The certificates this workspace trusts, registered by an admin or the chair. */
  public id.rekap.core.trust.TrustList trust() {
    return new id.rekap.core.trust.TrustList(tx, db.trust(), audit, clock);
  }

  /** Import a PPK's signed package (kab/kota level), checked against the trust list. */
  public id.rekap.core.exchange.ImportPackage importPackage() {
    id.rekap.core.trust.TrustList trust = trust();
    return new id.rekap.core.exchange.ImportPackage(
        tx,
        results,
        db.packagesIn(),
        adoptions()::liftWhereChanged,
        audit,
        election,
        info,
        this::regionTree,
        trust::certificates,
        clock);
  }

  /** The kab/kota chair withdraws a kecamatan's package in force. */
  public id.rekap.core.exchange.WithdrawPackage withdrawPackage() {
    return new id.rekap.core.exchange.WithdrawPackage(
        tx, db.packagesIn(), results, db.adoptions(), audit, info, clock);
  }

  /** Signed checkpoints of the audit chain, appended whenever the workspace key signs. */
  public id.rekap.core.audit.Checkpoints checkpoints() {
    return new id.rekap.core.audit.Checkpoints(tx, audit, clock);
  }

  /**
   * The integrity check run when the workspace was opened (the whole chain, every checkpoint, and
   * the stored state against the chain's state sum, ADR 0028; row by row when that differs). When
   * the state had to be checked row by row and was intact, a new state sum base is written, so the
   * next opening is the quick one again.
   */
  public VerifyAudit.Result openingCheck() {
    VerifyAudit.Result r = openingCheck;
    if (r == null) {
      r = verifyAudit().opening();
      // a reading command writes nothing: the next writing one records the sum
      if (r.ok() && !r.summed() && !db.reading()) {
        rebase(r.head());
      }
      openingCheck = r;
    }
    return r;
  }

  private void rebase(id.rekap.core.audit.AuditHead verified) {
    try {
      new id.rekap.core.audit.StateSumBase(tx, audit, db.boundState()).run(verified);
    } catch (RuntimeException e) {
      // a store that cannot be written now (read-only, full disk) is checked in full again next
      // time; the verdict just reached stands
      LOG.warn("state sum base not written: {}", e.getMessage());
    }
  }

  /**
   * Refuses adoption, signing and package export on a store that fails the integrity check, run
   * afresh each time (a change behind the running program's back counts too).
   */
  public id.rekap.core.audit.IntegrityGate integrityGate() {
    return () -> {
      VerifyAudit.Result r = verifyAudit().run();
      openingCheck = r;
      if (!r.ok()) {
        throw RekapException.state("integrity.error.refused");
      }
    };
  }

  /** Signs a form with the workspace key, after the integrity check and a signed checkpoint. */
  public id.rekap.core.report.SignForm signForm() {
    return new id.rekap.core.report.SignForm(integrityGate(), checkpoints(), clock);
  }

  public VerifyAudit verifyAudit() {
    return new VerifyAudit(tx, audit, db.boundState());
  }

  /**
   * The backups of this workspace (docs/security.md): taken, checked, listed, rotated.
   *
   * @param softwareVersion recorded in each backup's manifest
   */
  public id.rekap.core.backup.Backups backups(String softwareVersion) {
    return new id.rekap.core.backup.Backups(
        folder,
        id.rekap.core.backup.BackupManifest.Identity.of(info),
        java.time.Instant.parse(info.createdAt()),
        new id.rekap.core.backup.LiveStore() {
          @Override
          public void backupTo(Path zip) {
            db.copies().backupTo(zip);
          }

          @Override
          public boolean onServer() {
            return db.onServer();
          }

          @Override
          public id.rekap.core.audit.AuditHead head() {
            return tx.inTransaction(audit::head);
          }

          @Override
          public java.util.Optional<String> stateSumAt(id.rekap.core.audit.AuditHead at) {
            return tx.inTransaction(() -> audit.stateSumAt(at));
          }

          @Override
          public java.util.Set<String> actionsAfter(long seq) {
            return tx.inTransaction(() -> db.auditLog(clock).actionsAfter(seq));
          }
        },
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
  public static id.rekap.core.backup.StoreInspector.Inspection inspect(Path copy, Clock clock) {
    Database db = Database.openReadOnly(copy);
    var schema = db.copies().schema();
    if (schema != id.rekap.core.store.StoreCopies.Schema.CURRENT) {
      db.close();
      if (schema == id.rekap.core.store.StoreCopies.Schema.NEWER) {
        throw RekapException.badInput("backup.error.newer", copy);
      }
      db = Database.open(copy, false);
    }
    Workspace ws;
    try {
      ws = new Workspace(copy, db, clock);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    try (ws) {
      VerifyAudit.Result verdict = ws.verifyAudit().run();
      return new id.rekap.core.backup.StoreInspector.Inspection(
          id.rekap.core.backup.BackupManifest.Identity.of(ws.info()),
          verdict,
          db.copies().readEverything(),
          db.copies().schemaVersion());
    }
  }

  /** The database, for tests and tools that inspect the store directly. */
  public Database database() {
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
