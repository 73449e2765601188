package id.rekap.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whole-table reads that stream their rows. Without lazy execution H2 builds the complete result
 * before the first row is returned, and one larger than its in-memory limit (a regency's results or
 * audit events) is first written to a temporary file: about a tenth of the opening integrity check
 * (docs/benchmarks.md). Lazy execution is switched on for the read only, so nothing else on a
 * pooled connection changes.
 */
final class LazyReads {
  /** A read over a connection that may throw. */
  @FunctionalInterface
  interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  private LazyReads() {}

  static <T> T run(Connection c, Read<T> read) throws SQLException {
    if (onServer(c)) {
      // PostgreSQL streams a read with a fetch size inside a transaction by itself
      return read.run(c);
    }
    set(c, true);
    try {
      return read.run(c);
    } finally {
      set(c, false);
    }
  }

  /** Whether the connection is to a PostgreSQL server store rather than the H2 file. */
  static boolean onServer(Connection c) throws SQLException {
    return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }

  private static void set(Connection c, boolean lazy) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
    }
  }
}
