package id.rekap.core.workspace;

import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.backup.LiveStore;
import id.rekap.core.common.Transactions;
import id.rekap.core.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** The open store as the backups see it (wired by {@link Workspace#backups}). */
final class LiveDatabase implements LiveStore {
  private final Database db;
  private final Transactions tx;
  private final AuditLog audit;
  private final Clock clock;

  LiveDatabase(Database db, Transactions tx, AuditLog audit, Clock clock) {
    this.db = db;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void backupTo(Path zip) {
    db.copies().backupTo(zip);
  }

  @Override
  public boolean onServer() {
    return db.onServer();
  }

  @Override
  public AuditHead head() {
    return tx.inTransaction(audit::head);
  }

  @Override
  public Optional<String> stateSumAt(AuditHead at) {
    return tx.inTransaction(() -> audit.stateSumAt(at));
  }

  @Override
  public Set<String> actionsAfter(long seq) {
    return tx.inTransaction(() -> db.auditLog(clock).actionsAfter(seq));
  }
}
