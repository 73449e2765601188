package id.rekap.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 row trigger on every bound table: tells the {@link StateJournal} of the writing thread which
 * row was written and its digest, computed from the values written, so the hot import path needs no
 * second read. Public only because H2 instantiates it by name.
 */
public final class StateTrigger implements Trigger {
  private BoundTables.Bound bound;
  private volatile RowDigest.Layout layout;

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    bound =
        BoundTables.of(table).orElseThrow(() -> new SQLException("not a bound table: " + table));
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
    if (!StateJournal.active()) {
      return;
    }
    written(layout(), oldRow, newRow, StateJournal::record);
  }

  /**
   * The row layout, made at the first write: H2 initialises every trigger when it opens the file,
   * and a store opened to read never fires one, so opening no longer builds jOOQ's model of every
   * table first (issue 18, ADR 0045). It comes from the schema Rekap was built with, not from a
   * query: a trigger must not run statements on the session that fires it. Two sessions making it
   * at once make the same layout.
   */
  private RowDigest.Layout layout() {
    RowDigest.Layout l = layout;
    if (l == null) {
      l = RowDigest.Layout.of(bound, BoundTables.columns(bound));
      layout = l;
    }
    return l;
  }

  /**
   * Where a written row is reported: table, key, digest ({@code null}: the key is gone) and the
   * digest the key had before ({@code null}: it is new), for the chain's running state sum.
   */
  @FunctionalInterface
  interface Sink {
    void record(String table, String key, String digest, String oldDigest);
  }

  /**
   * The bound rows one row write changes, as H2's trigger sees them and as the PostgreSQL journal
   * reads them back ({@link PgStateJournal}): the same rule on both stores.
   */
  static void written(RowDigest.Layout layout, Object[] oldRow, Object[] newRow, Sink sink) {
    String newKey = newRow == null ? null : layout.key(newRow);
    String newDigest = newRow == null ? null : layout.digest(newRow);
    String oldDigest = null;
    if (oldRow != null) {
      String oldKey = layout.key(oldRow);
      oldDigest = layout.digest(oldRow);
      if (!oldKey.equals(newKey)) {
        sink.record(layout.table(), oldKey, null, oldDigest);
        oldDigest = null;
      } else if (newDigest.equals(oldDigest)) {
        // only columns left out of the digest changed (bookkeeping such as a login throttle's
        // counters): the bound state is what the chain already holds
        return;
      }
    }
    if (newRow != null) {
      sink.record(layout.table(), newKey, newDigest, oldDigest);
    }
  }
}
