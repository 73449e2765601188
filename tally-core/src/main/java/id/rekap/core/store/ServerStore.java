package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.WORKSPACE_INFO;

import id.rekap.core.common.RekapException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Opens a workspace whose store is a PostgreSQL database (ADR 0033): the same migrations as the H2
 * file (translated by {@link PortableMigrations}), the same jOOQ code, the row journal of {@link
 * PgStateJournal} in place of H2's in-process trigger, and one workspace-wide transaction lock so
 * several PCs write one after the other exactly as one PC does.
 */
final class ServerStore {
  /** First half of the advisory lock's key ("RK"); the second is the schema's hash. */
  private static final int LOCK_CLASS = 0x524B;

  /** Connections per process: the GUI's background reads, the receiver and the use cases. */
  private static final int CONNECTIONS = 6;

  private ServerStore() {}

  static Database open(Path workspace, StoreLocation location, boolean create) {
    PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    source.setURL(location.jdbcUrl());
    source.setUser(location.user());
    source.setPassword(StoreLocation.password(workspace, System.getenv()));
    source.setConnectTimeout(10);
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    pool.setMaxConnections(CONNECTIONS);
    try {
      pool.getConnection().close();
    } catch (SQLException e) {
      pool.dispose();
      throw new RekapException(
          RekapException.Kind.STATE, e, "store.error.connect", location.url(), e.getMessage());
    }
    try {
      SchemaConstraints.refuseViolations(pool, workspace);
    } catch (RekapException e) {
      pool.dispose();
      throw e;
    }
    try {
      flyway(pool, location).load().migrate();
      PgStateJournal.install(pool);
    } catch (RuntimeException e) {
      pool.dispose();
      throw new RekapException(
          RekapException.Kind.STATE, e, "store.error.migrate", location.url(), e.getMessage());
    }
    Database db = Database.onServer(pool);
    if (create && db.dsl().fetchExists(WORKSPACE_INFO)) {
      db.close();
      throw RekapException.state("store.error.inUse", location.url());
    }
    return db;
  }

  /** Flyway over the server store: the translated migrations, in the workspace's own schema. */
  static FluentConfiguration flyway(javax.sql.DataSource source, StoreLocation location) {
    FluentConfiguration config =
        Flyway.configure()
            .dataSource(source)
            .resourceProvider(new PortableMigrations())
            .outOfOrder(true);
    if (location != null && location.schema() != null) {
      config = config.schemas(location.schema()).defaultSchema(location.schema());
    }
    return config;
  }

  /**
   * Every Rekap transaction on a server store starts by taking the workspace's transaction lock
   * (released at its commit or rollback): what it reads before it writes cannot be changed by
   * another PC meanwhile, so sequence numbers, the audit chain's head, double-entry rounds and
   * every other read-modify-write stay as safe as on one PC (ADR 0033).
   */
  static void lockWorkspace(DSLContext dsl) {
    dsl.execute("SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext(current_schema()))");
  }

  /** Whether this transaction wrote bound rows that no audit event has taken yet. */
  static boolean journalPending(DSLContext dsl) {
    return Boolean.TRUE.equals(
        dsl.fetchValue(
            "SELECT EXISTS (SELECT 1 FROM "
                + PgStateJournal.TABLE
                + " WHERE txid = txid_current_if_assigned())"));
  }
}
