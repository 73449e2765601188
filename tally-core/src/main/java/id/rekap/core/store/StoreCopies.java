package id.rekap.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;

/**
 * The database file as a whole: a consistent copy of it while it is in use, a full read of every
 * row, and how its schema compares with the migrations this program carries. Used by the backups.
 */
public final class StoreCopies {
  /** How a store's schema compares with the migrations this program carries. */
  public enum Schema {
    /** Migrated exactly as far as this program goes. */
    CURRENT,
    /** Made by an older Rekap: migrations are pending (they run when the workspace opens). */
    OLDER,
    /** Made by a newer Rekap: this program must not open it for writing. */
    NEWER
  }

  private final DataSource source;
  private final DSLContext dsl;

  StoreCopies(DataSource source, DSLContext dsl) {
    this.source = source;
    this.dsl = dsl;
  }

  /**
   * Writes a consistent copy of the open database as a ZIP holding {@code rekap.mv.db} (H2's {@code
   * BACKUP TO}): a snapshot of committed data, taken while other connections keep working.
   */
  public void backupTo(Path zip) {
    if (Database.onServer(dsl)) {
      // a server store is backed up by its server (pg_dump; ADR 0033), not by copying a file
      throw id.rekap.core.common.RekapException.state("store.error.backupOnServer");
    }
    String target = zip.toAbsolutePath().toString().replace("'", "''");
    dsl.connection(
        c -> {
          try (var st = c.createStatement()) {
            st.execute("BACKUP TO '" + target + "'");
          }
        });
  }

  /**
   * Reads every row of every table, every column (large values to their end), and counts the rows
   * per table: a damaged page fails here rather than on the day its row is needed.
   */
  public SortedMap<String, Long> readEverything() {
    SortedMap<String, Long> counts = new TreeMap<>();
    dsl.connection(
        c -> {
          for (String table : tables(c)) {
            counts.put(table, readAll(c, table));
          }
        });
    return counts;
  }

  /** Whether the store was last migrated by this program, an older or a newer one. */
  public Schema schema() {
    MigrationInfoService info = flyway().info();
    if (info.pending().length > 0) {
      return Schema.OLDER;
    }
    MigrationInfo current = info.current();
    boolean newer =
        current != null
            && current.getVersion() != null
            && Arrays.stream(info.all())
                .filter(m -> m.getVersion() != null && m.getState().isResolved())
                .noneMatch(m -> m.getVersion().equals(current.getVersion()));
    return newer ? Schema.NEWER : Schema.CURRENT;
  }

  /** The newest migration applied to the store ("7", "20", …), or "0" for none. */
  public String schemaVersion() {
    MigrationInfo current = flyway().info().current();
    return current == null || current.getVersion() == null
        ? "0"
        : current.getVersion().getVersion();
  }

  /**
   * Writes one harmless persistent setting right after the store is opened for writing. H2 (2.5)
   * writes the first chunk after opening a cleanly closed file with a store header that still names
   * the chunk before it; if the process dies before the next write or a clean close, crash recovery
   * does not find that chunk, and the transaction it holds is lost although it was committed (the
   * crash harness lost the first package a receiver imported; KilledProcessTest keeps it). This
   * write takes that first place, so the first use case's commit is not the one.
   */
  static void absorbFirstWrite(DataSource source) {
    try (Connection c = source.getConnection();
        var st = c.createStatement()) {
      st.execute("SET RETENTION_TIME 45000"); // H2's default retention, stored again
    } catch (SQLException e) {
      throw new IllegalStateException("the store cannot be written", e);
    }
  }

  private Flyway flyway() {
    if (Database.onServer(dsl)) {
      return ServerStore.flyway(source, null).load();
    }
    return Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration")
        .outOfOrder(true)
        .load();
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    String schema = LazyReads.onServer(c) ? "current_schema()" : "'PUBLIC'";
    try (var st = c.createStatement();
        var rs =
            st.executeQuery(
                "select table_name from information_schema.tables"
                    + " where table_schema = "
                    + schema
                    + " and table_type = 'BASE TABLE'"
                    + " order by table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static long readAll(Connection c, String table) throws SQLException {
    long rows = 0;
    try (var st = c.createStatement()) {
      st.setFetchSize(500);
      try (var rs = st.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            consume(rs.getObject(i));
          }
          rows++;
        }
      }
    }
    return rows;
  }

  private static void consume(Object value) throws SQLException {
    try {
      if (value instanceof Blob blob) {
        blob.getBinaryStream().transferTo(OutputStream.nullOutputStream());
      } else if (value instanceof Clob clob) {
        clob.getCharacterStream().transferTo(Writer.nullWriter());
      }
    } catch (IOException e) {
      throw new SQLException("a large value cannot be read", e);
    }
  }
}
