package id.rekap.core.store;

import id.rekap.core.audit.BoundState;
import id.rekap.core.audit.StateSum;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Reads every bound row and digests it exactly as the {@link StateTrigger} did when it was written:
 * each row by key for the full replay, or only their {@link StateSum} for the opening check.
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

  @Override
  public String sum() {
    StateSum sum = new StateSum();
    dsl.connection(
        c ->
            LazyReads.run(
                c,
                conn -> {
                  for (BoundTables.Bound bound : BoundTables.all()) {
                    RowDigest.Layout layout =
                        RowDigest.Layout.of(bound, BoundTables.columns(bound));
                    rows(conn, bound, layout, row -> sum.add(layout.digestBytes(row)));
                  }
                  return null;
                }));
    return sum.hex();
  }

  /** Every bound table's rows on a connection (also used by the legacy-binding migration). */
  static Map<String, Map<String, String>> read(Connection c) throws SQLException {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (BoundTables.Bound bound : BoundTables.all()) {
      RowDigest.Layout layout = RowDigest.Layout.of(bound, BoundTables.columns(bound));
      Map<String, String> rows = new HashMap<>();
      rows(c, bound, layout, row -> rows.put(layout.key(row), layout.digest(row)));
      out.put(bound.table(), rows);
    }
    return out;
  }

  /** Streams a bound table's rows, each as its column values in table order. */
  private static void rows(
      Connection c, BoundTables.Bound bound, RowDigest.Layout layout, Consumer<Object[]> each)
      throws SQLException {
    // H2 keeps the unquoted names upper-case, PostgreSQL lower-case (as BoundTables lists them)
    boolean server = LazyReads.onServer(c);
    try (Statement st = c.createStatement()) {
      st.setFetchSize(1000);
      try (ResultSet rs =
          st.executeQuery(
              "SELECT "
                  + layout.columns().stream()
                      .map(n -> '"' + (server ? n : n.toUpperCase(Locale.ROOT)) + '"')
                      .collect(Collectors.joining(", "))
                  + " FROM "
                  + bound.table().toUpperCase(Locale.ROOT))) {
        int n = layout.columns().size();
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = rs.getObject(i + 1);
          }
          each.accept(row);
        }
      }
    }
  }
}
