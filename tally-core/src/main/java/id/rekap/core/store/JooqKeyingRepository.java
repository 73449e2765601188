package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.KEYING;

import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.Keying;
import id.rekap.core.entry.KeyingRepository;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminCodec;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteCodec;
import id.rekap.core.store.generated.tables.records.KeyingRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Keyings in the keying table: whole forms, admin block and votes as vectors. */
public final class JooqKeyingRepository implements KeyingRepository {
  private final DSLContext dsl;

  public JooqKeyingRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Keying> find(TpsCode tps, ContestCode contest, Source source, int round) {
    return dsl.selectFrom(KEYING)
        .where(KEYING.TPS_CODE.eq(tps.value()))
        .and(KEYING.CONTEST.eq(contest.id()))
        .and(KEYING.SOURCE.eq(source.id()))
        .and(KEYING.ROUND.eq(round))
        .fetchOptional()
        .map(JooqKeyingRepository::keying);
  }

  @Override
  public void put(Keying k) {
    TpsResult v = k.values();
    dsl.insertInto(KEYING)
        .set(KEYING.TPS_CODE, v.tps().value())
        .set(KEYING.CONTEST, v.contest().id())
        .set(KEYING.SOURCE, v.source().id())
        .set(KEYING.ROUND, k.round())
        .set(KEYING.USER_NAME, k.user())
        .set(KEYING.DAPIL_CODE, v.dapil())
        .set(KEYING.ADMIN, AdminCodec.encode(v.admin()))
        .set(KEYING.VOTES, VoteCodec.encode(v.votes()))
        .set(KEYING.KEYED_AT, k.keyedAt())
        .execute();
  }

  @Override
  public void delete(TpsCode tps, ContestCode contest, Source source) {
    dsl.deleteFrom(KEYING)
        .where(KEYING.TPS_CODE.eq(tps.value()))
        .and(KEYING.CONTEST.eq(contest.id()))
        .and(KEYING.SOURCE.eq(source.id()))
        .execute();
  }

  @Override
  public List<Keying> all() {
    return dsl.selectFrom(KEYING)
        .orderBy(KEYING.TPS_CODE, KEYING.CONTEST, KEYING.SOURCE, KEYING.ROUND)
        .fetch(JooqKeyingRepository::keying);
  }

  private static Keying keying(KeyingRecord r) {
    TpsResult values =
        new TpsResult(
            new TpsCode(r.getTpsCode()),
            ContestCode.of(r.getContest()).orElseThrow(),
            Source.of(r.getSource()).orElseThrow(),
            r.getDapilCode(),
            AdminCodec.decode(r.getAdmin()),
            VoteCodec.decode(r.getVotes()));
    return new Keying(values, r.getRound(), r.getUserName(), r.getKeyedAt());
  }
}
