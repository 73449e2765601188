package id.rekap.core.store;

import id.rekap.core.audit.BoundState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Reads every bound row and digests it exactly as the {@link StateTrigger} did when it was written.
 */
public final class JdbcBoundState implements BoundState {
  private final DSLContext dsl;

  public JdbcBoundState(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Map<String, Map<String, String>> current() {
    Map<String, Map<String, String>> out = new HashMap<>();
    dsl.connection(c -> out.putAll(LazyReads.run(c, JdbcBoundState::read)));
    return out;
  }

  /** Every bound table's rows on a connection (also used by the legacy-binding migration). */
  static Map<String, Map<String, String>> read(Connection c) throws SQLException {
    Map<String, Map<String, String>> out = new HashMap<>();
    boolean server = LazyReads.onServer(c);
    for (BoundTables.Bound bound : BoundTables.all()) {
      String table = bound.table().toUpperCase(java.util.Locale.ROOT);
      List<String> columns = BoundTables.columns(bound);
      RowDigest.Layout layout = RowDigest.Layout.of(bound, columns);
      Map<String, String> rows = new HashMap<>();
      try (Statement st = c.createStatement()) {
        st.setFetchSize(1000);
        try (ResultSet rs =
            st.executeQuery(
                "SELECT "
                    + columns.stream()
                        .map(n -> '"' + (server ? n : n.toUpperCase(java.util.Locale.ROOT)) + '"')
                        .collect(java.util.stream.Collectors.joining(", "))
                    + " FROM "
                    + table)) {
          int n = columns.size();
          while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 0; i < n; i++) {
              row[i] = rs.getObject(i + 1);
            }
            rows.put(layout.key(row), layout.digest(row));
          }
        }
      }
      out.put(bound.table(), rows);
    }
    return out;
  }
}
