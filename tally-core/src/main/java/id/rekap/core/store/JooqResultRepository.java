// Over 400 lines: every read and write of tps_result, in plain JDBC where the bulk paths need it
// (ADR 0005) and jOOQ elsewhere, kept in one place so the row's column layout is written once.
package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.TPS_RESULT;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Origin;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteCodec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;

/** TPS results in tps_result: admin fields as columns, votes as a {@link VoteCodec} vector. */
public final class JooqResultRepository implements ResultRepository {
  private static final Map<AdminField, Field<Integer>> COLUMNS = columns();

  /** The columns {@link #putAll} writes: every column of tps_result. */
  private static final Field<?>[] WRITTEN = written();

  private static final String MERGE =
      JdbcSql.merge(
          TPS_RESULT,
          new Field<?>[] {TPS_RESULT.TPS_CODE, TPS_RESULT.CONTEST, TPS_RESULT.SOURCE},
          WRITTEN);
  private static final String UPSERT =
      JdbcSql.upsert(
          TPS_RESULT,
          new Field<?>[] {TPS_RESULT.TPS_CODE, TPS_RESULT.CONTEST, TPS_RESULT.SOURCE},
          WRITTEN);
  private static final String INSERT = JdbcSql.insert(TPS_RESULT, WRITTEN);
  private final DSLContext dsl;
  private final boolean server;
  private final String merge;
  private final String insert;

  public JooqResultRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.server = Database.onServer(dsl);
    this.merge = Database.onServer(dsl) ? UPSERT : MERGE;
    // H2's MERGE first searches the row to update, then inserts: for rows known to be new (an
    // import's new TPS) a plain INSERT saves that search (ADR 0037). On PostgreSQL, where other PCs
    // write too, the new rows keep the upsert.
    this.insert = Database.onServer(dsl) ? UPSERT : INSERT;
  }

  private static Map<AdminField, Field<Integer>> columns() {
    Map<AdminField, Field<Integer>> m = new EnumMap<>(AdminField.class);
    for (AdminField f : AdminField.values()) {
      Field<Integer> column = TPS_RESULT.field(f.column().toUpperCase(Locale.ROOT), Integer.class);
      if (column == null) {
        throw new IllegalStateException("no column for " + f);
      }
      m.put(f, column);
    }
    return m;
  }

  /** The columns {@link #forEach} reads, in the order {@link #toResult} expects them. */
  private static final Field<?>[] READ = read();

  /**
   * Plain JDBC, as the recap reads every row of a contest: jOOQ's per-field record access and its
   * BLOB binding of byte[] for H2 were most of a recap's time (docs/benchmarks.md).
   */
  private static final String SELECT_CONTEST =
      JdbcSql.select(TPS_RESULT, READ)
          + " WHERE "
          + TPS_RESULT.CONTEST.getName()
          + " = ? ORDER BY "
          + TPS_RESULT.TPS_CODE.getName()
          + ", "
          + TPS_RESULT.SOURCE.getName();

  private static Field<?>[] read() {
    List<Field<?>> f = new ArrayList<>();
    f.addAll(
        List.of(TPS_RESULT.TPS_CODE, TPS_RESULT.CONTEST, TPS_RESULT.SOURCE, TPS_RESULT.DAPIL_CODE));
    for (AdminField a : AdminField.values()) {
      f.add(COLUMNS.get(a));
    }
    f.add(TPS_RESULT.VOTES);
    return f.toArray(Field<?>[]::new);
  }

  private static Field<?>[] written() {
    List<Field<?>> f = new ArrayList<>();
    f.addAll(
        List.of(TPS_RESULT.TPS_CODE, TPS_RESULT.CONTEST, TPS_RESULT.SOURCE, TPS_RESULT.DAPIL_CODE));
    for (AdminField a : AdminField.values()) {
      f.add(COLUMNS.get(a));
    }
    f.addAll(
        List.of(
            TPS_RESULT.VOTES,
            TPS_RESULT.DIGEST,
            TPS_RESULT.ORIGIN,
            TPS_RESULT.ORIGIN_SHA256,
            TPS_RESULT.SOURCE_TS,
            TPS_RESULT.IMPORTED_AT));
    if (f.size() != TPS_RESULT.fields().length) {
      throw new IllegalStateException("tps_result has columns putAll does not write");
    }
    return f.toArray(Field<?>[]::new);
  }

  @Override
  public Map<TpsCode, String> digests(ContestCode contest, Source source) {
    Map<TpsCode, String> out = new HashMap<>();
    dsl.select(TPS_RESULT.TPS_CODE, TPS_RESULT.DIGEST)
        .from(TPS_RESULT)
        .where(TPS_RESULT.CONTEST.eq(contest.id()).and(TPS_RESULT.SOURCE.eq(source.id())))
        .fetch()
        .forEach(r -> out.put(new TpsCode(r.value1()), r.value2()));
    return out;
  }

  @Override
  public void putAll(List<Put> results) {
    write(merge, results);
  }

  @Override
  public void insertAll(List<Put> results) {
    write(insert, results);
  }

  /**
   * Rows per multi-row statement of {@link #insertNew} on PostgreSQL: one value per column (35),
   * well below the 65,535 a statement may bind.
   */
  static final int ROWS_PER_STATEMENT = 500;

  /**
   * On PostgreSQL one statement per {@value #ROWS_PER_STATEMENT} rows instead of one per row: the
   * server parsed, planned and answered each row's statement on its own, which made a province's
   * package import several times slower than on H2 (issue 20 §3). On H2, embedded, the batch of
   * plain inserts is as quick (ADR 0037).
   */
  @Override
  public void insertNew(List<Put> results) {
    if (!server) {
      write(INSERT, results);
      return;
    }
    if (results.isEmpty()) {
      return;
    }
    dsl.connection(
        c -> {
          PreparedStatement full = null;
          try {
            for (int from = 0; from < results.size(); from += ROWS_PER_STATEMENT) {
              List<Put> chunk =
                  results.subList(from, Math.min(results.size(), from + ROWS_PER_STATEMENT));
              boolean whole = chunk.size() == ROWS_PER_STATEMENT;
              if (whole && full == null) {
                full = c.prepareStatement(insertRows(ROWS_PER_STATEMENT));
              }
              PreparedStatement ps = whole ? full : c.prepareStatement(insertRows(chunk.size()));
              try {
                int i = 1;
                for (Put put : chunk) {
                  i = bind(ps, put, i);
                }
                ps.executeUpdate();
              } finally {
                if (!whole) {
                  ps.close();
                }
              }
            }
          } finally {
            if (full != null) {
              full.close();
            }
          }
        });
  }

  /** A plain insert of {@code rows} rows in one statement. */
  private static String insertRows(int rows) {
    String one = "(" + String.join(", ", java.util.Collections.nCopies(WRITTEN.length, "?")) + ")";
    return INSERT.substring(0, INSERT.lastIndexOf(" VALUES ") + " VALUES ".length())
        + String.join(", ", java.util.Collections.nCopies(rows, one));
  }

  private void write(String sql, List<Put> results) {
    if (results.isEmpty()) {
      return;
    }
    dsl.connection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Put put : results) {
              bind(ps, put, 1);
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  /**
   * Binds in the order of {@link #WRITTEN}, from parameter {@code i}; returns the next parameter.
   */
  private static int bind(PreparedStatement ps, Put put, int first) throws SQLException {
    TpsResult result = put.result();
    Origin origin = put.origin();
    int i = first;
    ps.setString(i++, result.tps().value());
    ps.setString(i++, result.contest().id());
    ps.setString(i++, result.source().id());
    ps.setString(i++, result.dapil());
    for (AdminField f : AdminField.values()) {
      Integer v = result.admin().get(f);
      if (v == null) {
        ps.setNull(i++, Types.INTEGER);
      } else {
        ps.setInt(i++, v);
      }
    }
    ps.setBytes(i++, VoteCodec.encode(result.votes()));
    ps.setString(i++, put.digest());
    ps.setString(i++, truncate(origin.file(), 1000));
    ps.setString(i++, origin.sha256());
    ps.setString(
        i++, origin.sourceTimestamp() == null ? null : truncate(origin.sourceTimestamp(), 40));
    ps.setString(i++, put.importedAt());
    return i;
  }

  @Override
  public int deleteUnder(String regionPrefix, Source source) {
    if (!regionPrefix.chars().allMatch(Character::isDigit) || regionPrefix.isEmpty()) {
      throw new IllegalArgumentException("not a region code: " + regionPrefix);
    }
    // A range over the 13-digit code, not LIKE: jOOQ binds the prefix as CHAR(13) like the column,
    // H2 pads it with spaces, and "310101      %" matched no TPS at all (a superseding package
    // then kept the rows of TPS it no longer carried).
    int pad = TpsCode.DIGITS - regionPrefix.length();
    if (pad < 0) {
      throw new IllegalArgumentException("not a region code: " + regionPrefix);
    }
    return dsl.deleteFrom(TPS_RESULT)
        .where(
            TPS_RESULT.TPS_CODE.between(
                regionPrefix + "0".repeat(pad), regionPrefix + "9".repeat(pad)))
        .and(TPS_RESULT.SOURCE.eq(source.id()))
        .execute();
  }

  @Override
  public void forEach(ContestCode contest, Consumer<TpsResult> consumer) {
    dsl.connection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT_CONTEST)) {
            ps.setFetchSize(2000);
            ps.setString(1, contest.id());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                consumer.accept(toResult(rs));
              }
            }
          }
        });
  }

  /** The rows of a contest under a code prefix: a range of the primary key, in its order. */
  private static final String SELECT_UNDER =
      JdbcSql.select(TPS_RESULT, READ)
          + " WHERE "
          + TPS_RESULT.CONTEST.getName()
          + " = ? AND "
          + TPS_RESULT.TPS_CODE.getName()
          + " BETWEEN ? AND ? ORDER BY "
          + TPS_RESULT.TPS_CODE.getName()
          + ", "
          + TPS_RESULT.SOURCE.getName();

  @Override
  public void forEachUnder(ContestCode contest, String prefix, Consumer<TpsResult> consumer) {
    if (prefix.isEmpty() || !prefix.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a region or TPS code: " + prefix);
    }
    String low = prefix + "0".repeat(TpsCode.DIGITS - prefix.length());
    String high = prefix + "9".repeat(TpsCode.DIGITS - prefix.length());
    dsl.connection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT_UNDER)) {
            ps.setFetchSize(2000);
            ps.setString(1, contest.id());
            ps.setString(2, low);
            ps.setString(3, high);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                consumer.accept(toResult(rs));
              }
            }
          }
        });
  }

  @Override
  public Map<TpsCode, Map<Source, String>> storedAt(ContestCode contest, String prefix) {
    Map<TpsCode, Map<Source, String>> out = new HashMap<>();
    // a range, not LIKE: the prefix bound as CHAR(13) is padded and would match nothing
    int pad = TpsCode.DIGITS - prefix.length();
    if (pad < 0 || !prefix.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a region or TPS code: " + prefix);
    }
    dsl.select(TPS_RESULT.TPS_CODE, TPS_RESULT.SOURCE, TPS_RESULT.IMPORTED_AT)
        .from(TPS_RESULT)
        .where(TPS_RESULT.CONTEST.eq(contest.id()))
        .and(TPS_RESULT.TPS_CODE.between(prefix + "0".repeat(pad), prefix + "9".repeat(pad)))
        .fetch()
        .forEach(
            r ->
                out.computeIfAbsent(new TpsCode(r.value1()), t -> new EnumMap<>(Source.class))
                    .put(Source.of(r.value2()).orElseThrow(), r.value3()));
    return out;
  }

  @Override
  public boolean delete(TpsCode tps, ContestCode contest, Source source) {
    return dsl.deleteFrom(TPS_RESULT)
            .where(TPS_RESULT.TPS_CODE.eq(tps.value()))
            .and(TPS_RESULT.CONTEST.eq(contest.id()))
            .and(TPS_RESULT.SOURCE.eq(source.id()))
            .execute()
        > 0;
  }

  private static final String SELECT_TPS =
      JdbcSql.select(TPS_RESULT, READ)
          + " WHERE "
          + TPS_RESULT.CONTEST.getName()
          + " = ? AND "
          + TPS_RESULT.TPS_CODE.getName()
          + " = ? ORDER BY "
          + TPS_RESULT.SOURCE.getName();

  @Override
  public List<TpsResult> of(TpsCode tps, ContestCode contest) {
    List<TpsResult> out = new ArrayList<>();
    dsl.connection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT_TPS)) {
            ps.setString(1, contest.id());
            ps.setString(2, tps.value());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(toResult(rs));
              }
            }
          }
        });
    return out;
  }

  @Override
  public Set<TpsCode> receivedTps(ContestCode contest) {
    Set<TpsCode> out = new HashSet<>();
    // not DISTINCT: H2 sorts the CHAR codes for it; the set drops a TPS's other sources, and the
    // (contest, tps_code) index (V97) answers without reading the rows
    dsl.select(TPS_RESULT.TPS_CODE)
        .from(TPS_RESULT)
        .where(TPS_RESULT.CONTEST.eq(contest.id()))
        .fetch()
        .forEach(r -> out.add(new TpsCode(r.value1())));
    return out;
  }

  private static final int ADMIN_FIELDS = AdminField.values().length;

  /**
   * The columns {@link #toResult} reads, by name: the history of superseded results (V30) has the
   * same columns, so it is read the same way.
   */
  static String readColumns() {
    return java.util.Arrays.stream(READ)
        .map(Field::getName)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Reads a row of {@link #SELECT_CONTEST}, whose columns are {@link #READ}. */
  static TpsResult toResult(ResultSet rs) throws SQLException {
    int i = 1;
    TpsCode tps = new TpsCode(rs.getString(i++));
    ContestCode contest = ContestCode.of(rs.getString(i++)).orElseThrow();
    Source source = Source.of(rs.getString(i++)).orElseThrow();
    String dapil = rs.getString(i++);
    int[] admin = new int[ADMIN_FIELDS];
    for (int f = 0; f < ADMIN_FIELDS; f++) {
      int v = rs.getInt(i++);
      admin[f] = rs.wasNull() ? -1 : v;
    }
    return new TpsResult(
        tps,
        contest,
        source,
        dapil,
        AdminBlock.fromStored(admin),
        VoteCodec.decode(rs.getBytes(i)));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(s.length() - max);
  }
}
