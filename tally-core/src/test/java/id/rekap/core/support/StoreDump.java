package id.rekap.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.store.Database;
import id.rekap.core.store.generated.DefaultSchema;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A full logical dump of a workspace database: every table of the schema (the generated jOOQ tables
 * plus whatever else the database holds, e.g. Flyway's history), every row, every column, rows
 * rendered as text and sorted. Two dumps are equal exactly when the store holds the same data,
 * which is how tests prove that a refused input "changed nothing".
 */
public final class StoreDump {
  private StoreDump() {}

  /** The dump of an open workspace's store (see {@link #of(Database)}). */
  public static Map<String, List<String>> of(Workspace workspace) {
    return of(WorkspaceInternals.database(workspace));
  }

  /** Table name to its rows, each row as {@code COL=value|COL=value...}, sorted. */
  public static Map<String, List<String>> of(Database db) {
    DSLContext dsl = db.dsl();
    // upper case on both stores (PostgreSQL folds names to lower case), read by the stored name
    Map<String, String> stored = new TreeMap<>();
    tableNames(dsl).forEach(n -> stored.put(n.toUpperCase(Locale.ROOT), n));
    TreeSet<String> names = new TreeSet<>(stored.keySet());
    // The dump must cover every table the code knows about; a table missing here would make
    // "unchanged" vacuous for it.
    for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      assertThat(names).as("tables in the database").contains(t.getName().toUpperCase(Locale.ROOT));
    }
    Map<String, List<String>> dump = new TreeMap<>();
    for (String name : names) {
      List<String> rows = new ArrayList<>();
      for (Record r : dsl.selectFrom(DSL.table(DSL.name(stored.get(name)))).fetch()) {
        rows.add(render(r));
      }
      rows.sort(null);
      dump.put(name, rows);
    }
    return dump;
  }

  /**
   * The tables as stored; on PostgreSQL without the store's row journal, which is empty between
   * transactions (ADR 0033).
   */
  private static List<String> tableNames(DSLContext dsl) {
    boolean server = dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
    return dsl.fetch(
            "select table_name from information_schema.tables where table_schema = "
                + (server ? "current_schema() and table_name <> 'rekap_written'" : "'PUBLIC'")
                + " and table_type = 'BASE TABLE'")
        .getValues(0, String.class);
  }

  private static String render(Record r) {
    StringBuilder b = new StringBuilder();
    for (Field<?> f : r.fields()) {
      Object v = r.get(f);
      if (!b.isEmpty()) {
        b.append('|');
      }
      b.append(f.getName()).append('=');
      if (v == null) {
        b.append("<null>");
      } else if (v instanceof byte[] bytes) {
        b.append("0x").append(HexFormat.of().formatHex(bytes));
      } else {
        b.append(v);
      }
    }
    return b.toString();
  }
}
