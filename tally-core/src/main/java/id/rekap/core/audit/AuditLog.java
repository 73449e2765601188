package id.rekap.core.audit;

import id.rekap.core.common.Actor;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The append-only audit log (implemented by the store). {@link #append} and {@link #appendAll} must
 * be called inside the use case's transaction, so the events commit or roll back with the change
 * they record.
 */
public interface AuditLog {
  /** One event to append: what was done and its details (stored as canonical JSON). */
  record Entry(AuditAction action, Map<String, ?> payload) {}

  /** Appends an event; the payload is stored as canonical JSON. Returns the new event. */
  default AuditEvent append(Actor actor, AuditAction action, Map<String, ?> payload) {
    return appendAll(actor, List.of(new Entry(action, payload))).getFirst();
  }

  /**
   * Appends events in order, chained exactly as one {@link #append} after another would chain them,
   * but reading and moving the head once. Returns the new events.
   */
  List<AuditEvent> appendAll(Actor actor, List<Entry> entries);

  /**
   * Appends an event that carries the given state sum as it is (ADR 0028: a new base, after the
   * whole state was verified against the chain), instead of the head event's sum moved by the rows
   * written. No row may be waiting to be bound.
   */
  AuditEvent appendStateSum(Actor actor, AuditAction action, Map<String, ?> payload, String sum);

  /** The head as recorded beside the log. */
  AuditHead head();

  /**
   * The state sum (ADR 0028) that the event at {@code at} carries, read from that event and only if
   * its hash is {@code at}'s; empty when it carries none or the chain holds another event there.
   */
  java.util.Optional<String> stateSumAt(AuditHead at);

  /**
   * The head, locked until the caller's transaction ends, so nothing is appended between reading it
   * and appending the event that refers to it (a signed checkpoint).
   */
  default AuditHead lockHead() {
    return head();
  }

  /** Every event in seq order. */
  void forEach(Consumer<AuditEvent> consumer);

  /** The events after the given sequence number, in order. */
  default List<AuditEvent> since(long seq) {
    List<AuditEvent> out = new java.util.ArrayList<>();
    forEach(
        e -> {
          if (e.seq() > seq) {
            out.add(e);
          }
        });
    return out;
  }
}
