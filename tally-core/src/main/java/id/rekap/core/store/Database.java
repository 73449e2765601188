// Over 400 lines: the one place that knows how a workspace's store is opened (H2 for writing, for
// reading, a copy read-only; a server store) and hands out its repositories. It could split into
// an opener (the first half) and a repository registry.
package id.rekap.core.store;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.Actor;
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

  /** The file beside the database that holds its password (ADR 0013). */
  public static final String SECRET_FILE = DatabaseSecret.FILE;

  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);

  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final boolean server;
  private final boolean reading;
  private volatile java.time.Clock clock = java.time.Clock.systemUTC();

  private Database(JdbcConnectionPool pool) {
    this(pool, SQLDialect.H2, false);
  }

  private Database(JdbcConnectionPool pool, SQLDialect dialect, boolean reading) {
    this.pool = pool;
    this.server = dialect == SQLDialect.POSTGRES;
    this.reading = reading;
    DataSourceConnectionProvider connections = new DataSourceConnectionProvider(pool);
    DefaultConfiguration config = new DefaultConfiguration();
    config.set(connections);
    config.set(new ThreadLocalTransactionProvider(connections));
    config.set(dialect);
    Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
    if (server) {
      // the generated names are upper case (H2); PostgreSQL folds the migrations' names to lower
      settings = settings.withRenderNameCase(org.jooq.conf.RenderNameCase.LOWER);
    }
    config.set(settings);
    this.dsl = DSL.using(config);
  }

  /** Whether the workspace folder holds a store: the H2 file, or the record of a server store. */
  public static boolean exists(Path workspace) {
    return Files.isRegularFile(workspace.resolve(FILE_STEM + ".mv.db"))
        || Files.isRegularFile(workspace.resolve(StoreLocation.FILE));
  }

  /** Whether this store is a PostgreSQL server's (ADR 0033), not the embedded file. */
  public boolean onServer() {
    return server;
  }

  /** Whether a jOOQ context talks to PostgreSQL (the store's few dialect-specific statements). */
  static boolean onServer(DSLContext dsl) {
    return dsl.dialect().family() == SQLDialect.POSTGRES;
  }

  /**
   * Opens (creating if asked) the database of a workspace folder and applies pending migrations.
   */
  public static Database open(Path workspace, boolean create) {
    if (!create && !exists(workspace)) {
      throw RekapException.state("workspace.error.missing", workspace);
    }
    java.util.Optional<StoreLocation> location = StoreLocation.read(workspace);
    if (location.isPresent()) {
      return ServerStore.open(workspace, location.get(), create);
    }
    // MAX_LENGTH_INPLACE_LOB: CLOB values up to 4 KB (an audit event's payload) are kept in their
    // row. With H2's default of 256 bytes each event wrote a separate LOB, which was a fifth of
    // an import's store time (docs/benchmarks.md); longer values are still stored as LOBs.
    // WRITE_DELAY=0: a commit is written to the file before it returns (H2 otherwise waits up to
    // half a second), so a killed process never loses a transaction the user was told succeeded.
    String url = h2Url(workspace, "IFEXISTS=" + (create ? "FALSE" : "TRUE") + ";WRITE_DELAY=0");
    JdbcConnectionPool pool = connect(workspace, url, create);
    // Migrations only add tables; outOfOrder lets a workspace created between two additions take
    // the one numbered lower that arrived later, instead of refusing to open. A store that has
    // every migration already skips Flyway (its scan and validation were a fixed cost of every
    // command, issue 18).
    if (create || !AppliedMigrations.allApplied(pool)) {
      try {
        SchemaConstraints.refuseViolations(pool, workspace);
      } catch (RekapException e) {
        pool.dispose();
        throw e;
      }
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:" + AppliedMigrations.LOCATION)
          .outOfOrder(true)
          .load()
          .migrate();
    }
    StoreCopies.absorbFirstWrite(pool);
    StateTriggers.install(pool);
    Database db = new Database(pool);
    try {
      LegacyBinding.bindIfNeeded(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Opens the database of a workspace folder for a command that only reads (ADR 0036): the H2 file
   * is opened read-only, so the command changes no byte of the workspace (no first write, no
   * compaction at closing, no trigger set up) and any write it attempted would fail. When the store
   * needs anything written first (a migration it lacks, an older workspace's password or row
   * binding), it is opened as {@link #open} opens it and that is done, exactly as before. A server
   * store is opened as always: its reads run in read-only transactions of their own.
   */
  public static Database openForReading(Path workspace) {
    if (!exists(workspace)) {
      throw RekapException.state("workspace.error.missing", workspace);
    }
    java.util.Optional<String> secret = DatabaseSecret.read(workspace);
    if (StoreLocation.read(workspace).isPresent() || secret.isEmpty()) {
      return open(workspace, false);
    }
    String url = h2Url(workspace, READ_ONLY);
    JdbcConnectionPool pool;
    try {
      pool = pool(url, secret.get());
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
        return open(workspace, false); // the older password: open() says what is wrong or fixes it
      }
      throw openFailure(workspace, e);
    }
    Database db = new Database(pool, SQLDialect.H2, true);
    boolean ready;
    try {
      ready = AppliedMigrations.allApplied(pool) && !LegacyBinding.needed(db);
    } catch (RuntimeException e) {
      ready = false; // whatever it is, the writing open decides (and reports) as before
    }
    if (ready) {
      return db;
    }
    db.close();
    return open(workspace, false);
  }

  /** Whether this store was opened only to read (see {@link #openForReading}). */
  public boolean reading() {
    return reading;
  }

  /**
   * Connects with the workspace's database password (ADR 0013). A workspace made before it had one
   * (empty password) is opened once more the old way and given its password now.
   */
  private static JdbcConnectionPool connect(Path workspace, String url, boolean create) {
    java.util.Optional<String> stored = DatabaseSecret.read(workspace);
    if (create && stored.isEmpty()) {
      stored = java.util.Optional.of(DatabaseSecret.create(workspace));
    }
    if (stored.isPresent()) {
      try {
        return pool(url, stored.get());
      } catch (SQLException e) {
        if (e.getErrorCode() != org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
          throw openFailure(workspace, e);
        }
      }
    }
    // an older workspace: the empty password of before, replaced by a new one at once
    JdbcConnectionPool legacy;
    try {
      legacy = pool(url, "");
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
        throw RekapException.state(
            stored.isPresent() ? "workspace.error.password" : "workspace.error.secretMissing",
            DatabaseSecret.file(workspace));
      }
      throw openFailure(workspace, e);
    }
    String secret = stored.orElseGet(() -> DatabaseSecret.create(workspace));
    try (var c = legacy.getConnection();
        var st = c.createStatement()) {
      // the secret is 64 hex digits (DatabaseSecret.read checks), so it cannot break the quote
      st.execute("ALTER USER REKAP SET PASSWORD '" + secret + "'");
    } catch (SQLException e) {
      legacy.dispose();
      throw openFailure(workspace, e);
    }
    legacy.dispose();
    try {
      return pool(url, secret);
    } catch (SQLException e) {
      throw openFailure(workspace, e);
    }
  }

  /** An existing H2 file opened so that nothing can be written to it. */
  private static final String READ_ONLY = "IFEXISTS=TRUE;ACCESS_MODE_DATA=r";

  /** The JDBC URL of a folder's H2 file with {@code settings}, audit payloads kept in their row. */
  private static String h2Url(Path folder, String settings) {
    return "jdbc:h2:file:"
        + folder.toAbsolutePath().resolve(FILE_STEM)
        + ";"
        + settings
        + ";MAX_LENGTH_INPLACE_LOB=4096";
  }

  private static JdbcConnectionPool pool(String url, String password) throws SQLException {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "rekap", password);
    pool.setMaxConnections(4);
    try {
      pool.getConnection().close();
      return pool;
    } catch (SQLException e) {
      pool.dispose();
      throw e;
    }
  }

  private static RekapException openFailure(Path workspace, SQLException e) {
    if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return RekapException.state("workspace.error.locked", workspace);
    }
    return new RekapException(
        RekapException.Kind.STATE, e, "workspace.error.open", workspace, e.getMessage());
  }

  /**
   * Opens a copy of a workspace database read-only, without migrating it: the backup check looks at
   * exactly the bytes a restore would put in place, and nothing it does can change them.
   */
  public static Database openReadOnly(Path folder) {
    String url = h2Url(folder, READ_ONLY);
    // a copy made since ADR 0013 carries its own database.key; an older one has the empty password
    String password = DatabaseSecret.read(folder).orElse("");
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "rekap", password);
    pool.setMaxConnections(2);
    try {
      pool.getConnection().close();
    } catch (SQLException e) {
      pool.dispose();
      throw new RekapException(
          RekapException.Kind.STATE, e, "workspace.error.open", folder, e.getMessage());
    }
    return new Database(pool, SQLDialect.H2, true);
  }

  /** A PostgreSQL store (see {@link ServerStore}), migrated and journalled. */
  static Database onServer(JdbcConnectionPool pool) {
    return new Database(pool, SQLDialect.POSTGRES, false);
  }

  /** Backups and checks of the database file as a whole. */
  public StoreCopies copies() {
    return new StoreCopies(pool, dsl);
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

  public JooqDecisionRepository decisions() {
    return new JooqDecisionRepository(dsl);
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

  public JooqLoginStateRepository loginStates() {
    return new JooqLoginStateRepository(dsl);
  }

  public JooqKeyedByRepository keyedBy() {
    return new JooqKeyedByRepository(dsl);
  }

  public JooqSyncRepository sync() {
    return new JooqSyncRepository(dsl);
  }

  public JooqCommitteeRepository committee() {
    return new JooqCommitteeRepository(dsl);
  }

  public JooqBackupSettings backupSettings() {
    return new JooqBackupSettings(dsl);
  }

  public JooqPublishedRepository published() {
    return new JooqPublishedRepository(dsl);
  }

  public JooqRevoteRepository revotes() {
    return new JooqRevoteRepository(dsl);
  }

  public JooqRuleSettings ruleSettings() {
    return new JooqRuleSettings(dsl);
  }

  /** The rows of the bound tables as stored now. */
  public JdbcBoundState boundState() {
    return new JdbcBoundState(dsl);
  }

  public JooqAuditLog auditLog(java.time.Clock clock) {
    return new JooqAuditLog(dsl, clock);
  }

  /**
   * Transactions whose bound rows are bound to the chain: every row a transaction writes goes into
   * the next audit event it appends; rows written after its last event (a use case that forgot one)
   * are bound by a {@code state.bind} event before it commits, so no row Rekap writes is ever left
   * unbound.
   */
  public Transactions transactions() {
    return new Transactions() {
      @Override
      public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction(work, false);
      }

      @Override
      public <T> T reading(java.util.function.Supplier<T> work) {
        return transaction(work, true);
      }
    };
  }

  private <T> T transaction(java.util.function.Supplier<T> work, boolean readOnly) {
    int mark = StateJournal.enter();
    boolean committed = false;
    try {
      T result =
          dsl.transactionResult(
              () -> {
                if (server && StateJournal.outermost()) {
                  if (readOnly) {
                    // one snapshot for the whole read, without the workspace lock
                    dsl.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                  } else {
                    ServerStore.lockWorkspace(dsl);
                  }
                }
                T r = work.get();
                if (StateJournal.outermost()) {
                  bindLeftovers();
                }
                return r;
              });
      committed = true;
      return result;
    } finally {
      StateJournal.exit(mark, committed);
    }
  }

  private void bindLeftovers() {
    if (StateJournal.active()
        && (!StateJournal.isEmpty() || (server && ServerStore.journalPending(dsl)))) {
      LOG.warn("rows written after the transaction's last audit event; bound by state.bind");
      auditLog(clock).append(new Actor("rekap"), AuditAction.STATE_BIND, java.util.Map.of());
    }
  }

  /** The clock of the events this database appends on its own (see {@link #transactions()}). */
  public void useClock(java.time.Clock clock) {
    this.clock = clock;
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
