package id.rekap.core.audit;

import id.rekap.core.common.Actor;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The append-only audit log (implemented by the store). {@link #append} must be called inside the
 * use case's transaction, so the event commits or rolls back with the change it records.
 */
public interface AuditLog {
  /** Appends an event; the payload is stored as canonical JSON. Returns the new event. */
  AuditEvent append(Actor actor, String action, Map<String, ?> payload);

  /** The head as recorded beside the log. */
  AuditHead head();

  /** Every event in seq order. */
  void forEach(Consumer<AuditEvent> consumer);
}
