package id.rekap.core.store;

import id.rekap.core.common.RekapException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Puts the {@link StateTrigger} on every bound table when a workspace is opened: created here, not
 * in a migration, because jOOQ's DDL parser does not read CREATE TRIGGER, and so that a trigger
 * someone dropped comes back at the next start (the rows written meanwhile show in {@code audit
 * verify}).
 */
final class StateTriggers {
  private StateTriggers() {}

  static void install(DataSource pool) {
    try (Connection c = pool.getConnection()) {
      if (c.isReadOnly()) {
        return;
      }
      String schema = c.getSchema();
      for (BoundTables.Bound bound : BoundTables.all()) {
        String table = bound.table().toUpperCase(java.util.Locale.ROOT);
        if (exists(c, schema, table)) {
          continue;
        }
        try (Statement st = c.createStatement()) {
          st.execute(
              "CREATE TRIGGER IF NOT EXISTS "
                  + name(table)
                  + " AFTER INSERT, UPDATE, DELETE ON "
                  + table
                  + " FOR EACH ROW CALL '"
                  + StateTrigger.class.getName()
                  + "'");
        }
      }
    } catch (SQLException e) {
      throw new RekapException(
          RekapException.Kind.STATE, e, "workspace.error.open", "", e.getMessage());
    }
  }

  private static String name(String table) {
    return "REKAP_STATE_" + table;
  }

  private static boolean exists(Connection c, String schema, String table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA = ? AND"
                + " TRIGGER_NAME = ?")) {
      ps.setString(1, schema);
      ps.setString(2, name(table));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }
}
