package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.KEYED_BY;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.KeyedByRepository;
import id.rekap.core.result.Source;
import java.util.List;
import org.jooq.DSLContext;

/** The people behind counted keyed forms, in keyed_by. */
public final class JooqKeyedByRepository implements KeyedByRepository {
  private final DSLContext dsl;

  public JooqKeyedByRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void put(KeyedBy k, String countedAt) {
    dsl.deleteFrom(KEYED_BY)
        .where(KEYED_BY.TPS_CODE.eq(k.tps().value()))
        .and(KEYED_BY.CONTEST.eq(k.contest().id()))
        .and(KEYED_BY.SOURCE.eq(k.source().id()))
        .execute();
    dsl.insertInto(KEYED_BY)
        .set(KEYED_BY.TPS_CODE, k.tps().value())
        .set(KEYED_BY.CONTEST, k.contest().id())
        .set(KEYED_BY.SOURCE, k.source().id())
        .set(KEYED_BY.FIRST_USER, k.first())
        .set(KEYED_BY.SECOND_USER, k.second())
        .set(KEYED_BY.RESOLVED_BY, k.resolvedBy())
        .set(KEYED_BY.COUNTED_AT, countedAt)
        .execute();
  }

  @Override
  public List<KeyedBy> of(TpsCode tps, ContestCode contest) {
    return dsl.selectFrom(KEYED_BY)
        .where(KEYED_BY.TPS_CODE.eq(tps.value()))
        .and(KEYED_BY.CONTEST.eq(contest.id()))
        .orderBy(KEYED_BY.SOURCE)
        .fetch(
            r ->
                new KeyedBy(
                    tps,
                    contest,
                    Source.of(r.getSource()).orElseThrow(),
                    r.getFirstUser(),
                    r.getSecondUser(),
                    r.getResolvedBy()));
  }
}
