package id.rekap.core.store;

import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The workspace's embedded H2 file database: opened, migrated by Flyway, and wrapped in a jOOQ
 * context whose transactions are bound to the calling thread, so repositories called inside {@link
 * Transactions#inTransaction} all write in that one transaction.
 */
public final class Database implements AutoCloseable {
  /** File name stem of the database inside the workspace folder ({@code rekap.mv.db}). */
  public static final String FILE_STEM = "rekap";

  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private final JdbcConnectionPool pool;
  private final DSLContext dsl;

  private Database(JdbcConnectionPool pool) {
    this.pool = pool;
    DataSourceConnectionProvider connections = new DataSourceConnectionProvider(pool);
    DefaultConfiguration config = new DefaultConfiguration();
    config.set(connections);
    config.set(new ThreadLocalTransactionProvider(connections));
    config.set(SQLDialect.H2);
    config.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
    this.dsl = DSL.using(config);
  }

  public static boolean exists(Path workspace) {
    return Files.isRegularFile(workspace.resolve(FILE_STEM + ".mv.db"));
  }

  /**
   * Opens (creating if asked) the database of a workspace folder and applies pending migrations.
   */
  public static Database open(Path workspace, boolean create) {
    if (!create && !exists(workspace)) {
      throw RekapException.state("workspace.error.missing", workspace);
    }
    // MAX_LENGTH_INPLACE_LOB: CLOB values up to 4 KB (an audit event's payload) are kept in their
    // row. With H2's default of 256 bytes each event wrote a separate LOB, which was a fifth of
    // an import's store time (docs/benchmarks.md); longer values are still stored as LOBs.
    // WRITE_DELAY=0: a commit is written to the file before it returns (H2 otherwise waits up to
    // half a second), so a killed process never loses a transaction the user was told succeeded.
    String url =
        "jdbc:h2:file:"
            + workspace.toAbsolutePath().resolve(FILE_STEM)
            + ";IFEXISTS="
            + (create ? "FALSE" : "TRUE")
            + ";MAX_LENGTH_INPLACE_LOB=4096;WRITE_DELAY=0";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "rekap", "");
    pool.setMaxConnections(4);
    try {
      pool.getConnection().close();
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw RekapException.state("workspace.error.locked", workspace);
      }
      throw new RekapException(
          RekapException.Kind.STATE, e, "workspace.error.open", workspace, e.getMessage());
    }
    // Migrations only add tables; outOfOrder lets a workspace created between two additions take
    // the one numbered lower that arrived later, instead of refusing to open.
    Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration")
        .outOfOrder(true)
        .load()
        .migrate();
    return new Database(pool);
  }

  /** The jOOQ context, for the store's own classes and for tests that inspect tables. */
  public DSLContext dsl() {
    return dsl;
  }

  public JooqWorkspaceInfoRepository workspaceInfo() {
    return new JooqWorkspaceInfoRepository(dsl);
  }

  public JooqRegionRepository regions() {
    return new JooqRegionRepository(dsl);
  }

  public JooqResultRepository results() {
    return new JooqResultRepository(dsl);
  }

  public JooqKeyingRepository keyings() {
    return new JooqKeyingRepository(dsl);
  }

  public JooqAdoptionRepository adoptions() {
    return new JooqAdoptionRepository(dsl);
  }

  public JooqPlenaryRepository plenary() {
    return new JooqPlenaryRepository(dsl);
  }

  public JooqSessionRepository sessions() {
    return new JooqSessionRepository(dsl);
  }

  public JooqPackageOutRepository packagesOut() {
    return new JooqPackageOutRepository(dsl);
  }

  public JooqTrustRepository trust() {
    return new JooqTrustRepository(dsl);
  }

  public JooqPackageInRepository packagesIn() {
    return new JooqPackageInRepository(dsl);
  }

  public JooqUserRepository users() {
    return new JooqUserRepository(dsl);
  }

  public JooqSyncRepository sync() {
    return new JooqSyncRepository(dsl);
  }

  public JooqCommitteeRepository committee() {
    return new JooqCommitteeRepository(dsl);
  }

  public JooqRuleSettings ruleSettings() {
    return new JooqRuleSettings(dsl);
  }

  public JooqAuditLog auditLog(java.time.Clock clock) {
    return new JooqAuditLog(dsl, clock);
  }

  public Transactions transactions() {
    return new Transactions() {
      @Override
      public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return dsl.transactionResult(work::get);
      }
    };
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
