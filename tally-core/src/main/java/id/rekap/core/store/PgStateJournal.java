package id.rekap.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The {@link StateJournal} of a PostgreSQL store (ADR 0033). A PostgreSQL trigger cannot call into
 * Rekap's JVM as H2's {@link StateTrigger} does, so a PL/pgSQL row trigger on every bound table
 * writes each row change (old and new row as JSON) into {@code rekap_written} under the writing
 * transaction's id; the audit log takes its own transaction's rows when it appends ({@link #drain})
 * and digests them with the same {@link RowDigest} rule. The journal is transactional: a
 * rolled-back savepoint or transaction takes its rows with it, and no other transaction sees them.
 */
final class PgStateJournal {
  static final String TABLE = "rekap_written";
  private static final String FUNCTION = "rekap_state_written";

  private static final Map<String, Layout> LAYOUTS = layouts();

  /** A bound table's digest layout and the Java type of each column, in table order. */
  private record Layout(RowDigest.Layout digest, List<String> columns, List<Class<?>> types) {}

  private PgStateJournal() {}

  /** Creates the journal, its function and the triggers that are missing (none on a later open). */
  static void install(DataSource source) {
    try (Connection c = source.getConnection();
        Statement st = c.createStatement()) {
      String schema;
      try (ResultSet rs = st.executeQuery("SELECT current_schema()")) {
        rs.next();
        schema = rs.getString(1);
      }
      if (complete(c, schema)) {
        cleanFinished(st);
        return;
      }
      String q = '"' + schema.replace("\"", "\"\"") + '"';
      st.execute(
          "CREATE UNLOGGED TABLE IF NOT EXISTS "
              + q
              + "."
              + TABLE
              + " (ord BIGSERIAL PRIMARY KEY, txid BIGINT NOT NULL, tbl TEXT NOT NULL,"
              + " old_row JSONB, new_row JSONB)");
      st.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_txid ON " + q + "." + TABLE + " (txid)");
      st.execute(
          "CREATE OR REPLACE FUNCTION "
              + q
              + "."
              + FUNCTION
              + "() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN INSERT INTO "
              + q
              + "."
              + TABLE
              + " (txid, tbl, old_row, new_row) VALUES (txid_current(), TG_TABLE_NAME,"
              + " CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,"
              + " CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END); RETURN NULL; END $f$");
      for (BoundTables.Bound bound : BoundTables.all()) {
        if (!hasTrigger(c, schema, bound.table())) {
          st.execute(
              "CREATE TRIGGER "
                  + triggerName(bound.table())
                  + " AFTER INSERT OR UPDATE OR DELETE ON "
                  + q
                  + "."
                  + bound.table()
                  + " FOR EACH ROW EXECUTE FUNCTION "
                  + q
                  + "."
                  + FUNCTION
                  + "()");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the state journal cannot be installed: " + e, e);
    }
  }

  /** Rows left by transactions that ended outside Rekap (a tool's writes, never bound). */
  private static void cleanFinished(Statement st) throws SQLException {
    st.execute(
        "DELETE FROM " + TABLE + " WHERE txid < txid_snapshot_xmin(txid_current_snapshot())");
  }

  private static boolean complete(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid"
                + " JOIN pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE n.nspname = ? AND t.tgname LIKE 'rekap_state_%' AND NOT t.tgisinternal")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) == BoundTables.all().size();
      }
    }
  }

  private static boolean hasTrigger(Connection c, String schema, String table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid"
                + " JOIN pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE n.nspname = ? AND t.tgname = ?")) {
      ps.setString(1, schema);
      ps.setString(2, triggerName(table));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  private static String triggerName(String table) {
    return "rekap_state_" + table;
  }

  /**
   * Takes the rows this transaction wrote since the last call, in the order written, as the entries
   * H2's trigger would have recorded.
   */
  static List<StateJournal.Entry> drain(DSLContext dsl) {
    List<StateJournal.Entry> out = new ArrayList<>();
    dsl.connection(
        c -> {
          TreeMap<Long, String[]> rows = new TreeMap<>();
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "DELETE FROM "
                          + TABLE
                          + " WHERE txid = txid_current_if_assigned()"
                          + " RETURNING ord, tbl, old_row::text, new_row::text")) {
            while (rs.next()) {
              rows.put(
                  rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
          }
          for (String[] r : rows.values()) {
            Layout layout = LAYOUTS.get(r[0]);
            if (layout == null) {
              continue;
            }
            StateTrigger.written(
                layout.digest(),
                values(layout, r[1]),
                values(layout, r[2]),
                (table, key, digest, oldDigest) ->
                    out.add(new StateJournal.Entry(table, key, digest, oldDigest)));
          }
        });
    return out;
  }

  /** A row's values from its JSON, typed as the driver reads them back (Integer, String, …). */
  private static Object[] values(Layout layout, String json) {
    if (json == null) {
      return null;
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object[] row = new Object[layout.columns().size()];
    for (int i = 0; i < row.length; i++) {
      JsonNode v = node.get(layout.columns().get(i));
      row[i] = v == null || v.isNull() ? null : value(v, layout.types().get(i));
    }
    return row;
  }

  private static Object value(JsonNode v, Class<?> type) {
    if (type == Integer.class) {
      return v.intValue();
    }
    if (type == Long.class) {
      return v.longValue();
    }
    if (type == Boolean.class) {
      return v.booleanValue();
    }
    if (type == byte[].class) {
      String hex = v.textValue();
      return HexFormat.of().parseHex(hex.startsWith("\\x") ? hex.substring(2) : hex);
    }
    return v.isTextual() ? v.textValue() : v.toString();
  }

  private static Map<String, Layout> layouts() {
    Map<String, Layout> out = new HashMap<>();
    for (BoundTables.Bound bound : BoundTables.all()) {
      List<String> columns = BoundTables.columns(bound);
      org.jooq.Table<?> t =
          id.rekap.core.store.generated.DefaultSchema.DEFAULT_SCHEMA.getTable(
              bound.table().toUpperCase(Locale.ROOT));
      List<Class<?>> types = new ArrayList<>();
      for (Field<?> f : t.fields()) {
        types.add(f.getType());
      }
      out.put(
          bound.table(),
          new Layout(RowDigest.Layout.of(bound, columns), List.copyOf(columns), types));
    }
    return Map.copyOf(out);
  }
}
