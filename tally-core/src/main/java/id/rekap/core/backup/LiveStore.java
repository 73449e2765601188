package id.rekap.core.backup;

import id.rekap.core.audit.AuditHead;
import java.nio.file.Path;
import java.util.Set;

/** Port: the open workspace's store as the backups need it (implemented by the workspace). */
public interface LiveStore {
  /** Writes a consistent copy of the store, taken while it is in use, as a ZIP. */
  void backupTo(Path zip);

  /** The audit head now. */
  AuditHead head();

  /**
   * Whether the store lives on a PostgreSQL server (ADR 0033): its backups are the server's
   * (pg_dump), so no automatic backup is ever due here.
   */
  default boolean onServer() {
    return false;
  }

  /**
   * The state sum (ADR 0028) the event at {@code at} carries, if this store's chain holds that
   * event and it carries one.
   */
  java.util.Optional<String> stateSumAt(AuditHead at);

  /** The distinct actions of the audit events after {@code seq}. */
  Set<String> actionsAfter(long seq);
}
