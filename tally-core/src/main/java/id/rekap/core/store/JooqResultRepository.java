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
import id.rekap.core.store.generated.tables.records.TpsResultRecord;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;

/** TPS results in tps_result: admin fields as columns, votes as a {@link VoteCodec} vector. */
public final class JooqResultRepository implements ResultRepository {
  private static final Map<AdminField, Field<Integer>> COLUMNS = columns();
  private final DSLContext dsl;

  public JooqResultRepository(DSLContext dsl) {
    this.dsl = dsl;
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
  public void put(TpsResult result, Origin origin, String importedAt) {
    TpsResultRecord r = dsl.newRecord(TPS_RESULT);
    r.setTpsCode(result.tps().value());
    r.setContest(result.contest().id());
    r.setSource(result.source().id());
    r.setDapilCode(result.dapil());
    for (AdminField f : AdminField.values()) {
      r.set(COLUMNS.get(f), result.admin().get(f));
    }
    r.setVotes(VoteCodec.encode(result.votes()));
    r.setDigest(result.digest());
    r.setOrigin(truncate(origin.file(), 1000));
    r.setOriginSha256(origin.sha256());
    r.setSourceTs(origin.sourceTimestamp() == null ? null : truncate(origin.sourceTimestamp(), 40));
    r.setImportedAt(importedAt);
    dsl.insertInto(TPS_RESULT).set(r).onDuplicateKeyUpdate().set(r).execute();
  }

  @Override
  public void forEach(ContestCode contest, Consumer<TpsResult> consumer) {
    try (var cursor =
        dsl.selectFrom(TPS_RESULT)
            .where(TPS_RESULT.CONTEST.eq(contest.id()))
            .orderBy(TPS_RESULT.TPS_CODE, TPS_RESULT.SOURCE)
            .fetchSize(2000)
            .fetchLazy()) {
      for (TpsResultRecord r : cursor) {
        consumer.accept(toResult(r));
      }
    }
  }

  @Override
  public Set<TpsCode> receivedTps(ContestCode contest) {
    Set<TpsCode> out = new HashSet<>();
    dsl.selectDistinct(TPS_RESULT.TPS_CODE)
        .from(TPS_RESULT)
        .where(TPS_RESULT.CONTEST.eq(contest.id()))
        .fetch()
        .forEach(r -> out.add(new TpsCode(r.value1())));
    return out;
  }

  private static TpsResult toResult(TpsResultRecord r) {
    Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
    for (AdminField f : AdminField.values()) {
      admin.put(f, r.get(COLUMNS.get(f)));
    }
    return new TpsResult(
        new TpsCode(r.getTpsCode()),
        ContestCode.of(r.getContest()).orElseThrow(),
        Source.of(r.getSource()).orElseThrow(),
        r.getDapilCode(),
        AdminBlock.of(admin),
        VoteCodec.decode(r.getVotes()));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(s.length() - max);
  }
}
