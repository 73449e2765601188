package id.rekap.core.support;

import id.rekap.core.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The store the tests run on: the embedded H2 file (the default), or a PostgreSQL server when the
 * build runs with {@code -Drekap.test.store=postgresql} (the second surefire execution; ADR 0033).
 * Each PostgreSQL test workspace gets a database of its own, created on the server named by {@code
 * REKAP_TEST_PG_URL} (default {@code postgresql://127.0.0.1:55432/postgres}) with the account
 * {@code REKAP_TEST_PG_USER} / {@code REKAP_TEST_PG_PASSWORD} (default rekap / rekap), and dropped
 * when the test JVM ends. Without a reachable server the PostgreSQL tests are skipped on a
 * developer's machine and fail with a clear message when {@code REKAP_TEST_PG_REQUIRED=1} (CI).
 */
public final class TestStore {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final List<String> CREATED = new ArrayList<>();
  private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);
  private static Boolean reachable;

  private TestStore() {}

  /** Whether this test run's workspaces live in PostgreSQL. */
  public static boolean postgres() {
    return "postgresql".equalsIgnoreCase(System.getProperty("rekap.test.store", "h2"));
  }

  /** The test account's password. */
  public static String password() {
    return env("REKAP_TEST_PG_PASSWORD", "rekap");
  }

  /**
   * When the run is on PostgreSQL: records a fresh database as the store of {@code folder}, so that
   * {@code Database.open(folder, true)} or {@code init} creates the workspace there.
   */
  public static void prepare(Path folder) {
    if (postgres()) {
      fresh(null).write(folder, password());
    }
  }

  /** A new, empty database on the test server (or a copy of {@code template}'s database). */
  public static synchronized StoreLocation fresh(StoreLocation template) {
    StoreLocation admin = admin();
    String name = "rekap_t_" + RUN + "_" + COUNTER.incrementAndGet();
    try (Connection c = connect(admin);
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template.database()));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + ": " + e, e);
    }
    if (CREATED.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(new Thread(TestStore::dropAll));
    }
    CREATED.add(name);
    return new StoreLocation(admin.host(), admin.port(), name, null, admin.user());
  }

  /** A copy of a closed test workspace folder whose store is on the server. */
  public static void copyWorkspace(Path template, Path folder) {
    try {
      StoreLocation source =
          StoreLocation.read(template).orElseThrow(() -> new IllegalStateException("no store"));
      Files.createDirectories(folder);
      fresh(source).write(folder, password());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StoreLocation admin() {
    StoreLocation admin =
        StoreLocation.parse(
            env("REKAP_TEST_PG_URL", "postgresql://127.0.0.1:55432/postgres"),
            Map.of(StoreLocation.USER_ENV, env("REKAP_TEST_PG_USER", "rekap")));
    if (reachable == null) {
      try (Connection c = connect(admin)) {
        reachable = c.isValid(5);
      } catch (SQLException e) {
        reachable = false;
        String why =
            "no PostgreSQL test server at "
                + admin.url()
                + " (REKAP_TEST_PG_URL, REKAP_TEST_PG_USER, REKAP_TEST_PG_PASSWORD): "
                + e.getMessage();
        if ("1".equals(System.getenv("REKAP_TEST_PG_REQUIRED"))) {
          throw new IllegalStateException(why, e);
        }
        Assumptions.abort(why);
      }
    }
    if (!reachable) {
      if ("1".equals(System.getenv("REKAP_TEST_PG_REQUIRED"))) {
        throw new IllegalStateException("no PostgreSQL test server at " + admin.url());
      }
      Assumptions.abort("no PostgreSQL test server at " + admin.url());
    }
    return admin;
  }

  private static Connection connect(StoreLocation location) throws SQLException {
    return DriverManager.getConnection(location.jdbcUrl(), location.user(), password());
  }

  private static synchronized void dropAll() {
    try (Connection c = connect(admin());
        Statement st = c.createStatement()) {
      for (String name : CREATED) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException | RuntimeException e) {
      // best effort: a CI server is thrown away with its machine
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
