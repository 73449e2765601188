package id.rekap.core.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The bound rows a Rekap transaction on this thread has written, in order, until its audit event
 * takes them ({@link JooqAuditLog}). Only writes inside {@link Database#transactions()} count: a
 * row written any other way (a tool, an SQL shell, a test playing the attacker) is never bound, so
 * {@code audit verify} names it. A nested transaction that rolls back forgets its rows.
 */
final class StateJournal {
  /**
   * One written row: its table and key, its digest ({@code null}: deleted) and the digest it had
   * before this write ({@code null}: it is new), which keep the chain's state sum current.
   */
  record Entry(String table, String key, String digest, String oldDigest) {}

  private static final ThreadLocal<StateJournal> CURRENT =
      ThreadLocal.withInitial(StateJournal::new);

  /**
   * The newest event this thread's transaction appended to one store's chain: its head and the
   * state sum it carries ({@code null}: none). While the transaction is open it holds the head's
   * row lock, so this is the head, and the next append of the same transaction need not read it
   * back (ADR 0037).
   */
  record Tail(Object store, id.rekap.core.audit.AuditHead head, String sum) {}

  private final List<Entry> entries = new ArrayList<>();
  private int depth;
  private Tail tail;

  private StateJournal() {}

  /** Called by the trigger for every row written on this thread. */
  static void record(String table, String key, String digest, String oldDigest) {
    StateJournal j = CURRENT.get();
    if (j.depth > 0) {
      j.entries.add(new Entry(table, key, digest, oldDigest));
    }
  }

  static boolean active() {
    return CURRENT.get().depth > 0;
  }

  /** A transaction starts; returns the mark to roll back to. */
  static int enter() {
    StateJournal j = CURRENT.get();
    if (j.depth == 0) {
      j.entries.clear();
    }
    j.depth++;
    return j.entries.size();
  }

  /** A transaction ends; a rolled-back one forgets the rows it wrote. */
  static void exit(int mark, boolean committed) {
    StateJournal j = CURRENT.get();
    j.depth--;
    if (!committed && j.entries.size() > mark) {
      j.entries.subList(mark, j.entries.size()).clear();
    }
    if (!committed || j.depth == 0) {
      // a rolled-back (nested) transaction may have taken events back: read the head again
      j.tail = null;
    }
    if (j.depth == 0) {
      j.entries.clear();
    }
  }

  /** The newest event appended to the store's chain in this transaction, or null if unknown. */
  static Tail tail(Object store) {
    Tail t = CURRENT.get().tail;
    return t != null && t.store() == store ? t : null;
  }

  /** Remembers the event just appended, for the rest of this transaction. */
  static void appended(Tail t) {
    StateJournal j = CURRENT.get();
    j.tail = j.depth > 0 ? t : null;
  }

  static boolean isEmpty() {
    return CURRENT.get().entries.isEmpty();
  }

  /** Whether this is the outermost transaction. */
  static boolean outermost() {
    return CURRENT.get().depth == 1;
  }

  /** Takes every row recorded so far. */
  static List<Entry> drain() {
    StateJournal j = CURRENT.get();
    if (j.entries.isEmpty()) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(j.entries);
    j.entries.clear();
    return out;
  }
}
