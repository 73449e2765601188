package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.ADOPTION;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.election.ContestCode;
import id.rekap.core.store.generated.tables.records.AdoptionRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Adoptions in the adoption table. */
public final class JooqAdoptionRepository implements AdoptionRepository {
  private final DSLContext dsl;

  public JooqAdoptionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Adopted> find(ContestCode contest, String code) {
    return dsl.selectFrom(ADOPTION)
        .where(ADOPTION.CONTEST.eq(contest.id()).and(ADOPTION.CODE.eq(code)))
        .fetchOptional()
        .map(JooqAdoptionRepository::adopted);
  }

  @Override
  public List<Adopted> all() {
    return dsl.selectFrom(ADOPTION)
        .orderBy(ADOPTION.CONTEST, ADOPTION.CODE)
        .fetch(JooqAdoptionRepository::adopted);
  }

  @Override
  public void save(Adopted a) {
    dsl.mergeInto(ADOPTION)
        .using(DSL.selectOne())
        .on(ADOPTION.CONTEST.eq(a.contest().id()).and(ADOPTION.CODE.eq(a.code())))
        .whenMatchedThenUpdate()
        .set(ADOPTION.ADOPTED_BY, a.by())
        .set(ADOPTION.DECISION, a.decision())
        .set(ADOPTION.ADOPTED_AT, a.at())
        .set(ADOPTION.DIGEST, a.digest())
        .set(ADOPTION.LIFTED_AT, a.liftedAt())
        .set(ADOPTION.LIFTED_REASON, a.liftedReason())
        .whenNotMatchedThenInsert(
            ADOPTION.CONTEST,
            ADOPTION.CODE,
            ADOPTION.ADOPTED_BY,
            ADOPTION.DECISION,
            ADOPTION.ADOPTED_AT,
            ADOPTION.DIGEST,
            ADOPTION.LIFTED_AT,
            ADOPTION.LIFTED_REASON)
        .values(
            a.contest().id(),
            a.code(),
            a.by(),
            a.decision(),
            a.at(),
            a.digest(),
            a.liftedAt(),
            a.liftedReason())
        .execute();
  }

  @Override
  public void lift(ContestCode contest, String code, String at, String reason) {
    dsl.update(ADOPTION)
        .set(ADOPTION.LIFTED_AT, at)
        .set(ADOPTION.LIFTED_REASON, reason)
        .where(ADOPTION.CONTEST.eq(contest.id()).and(ADOPTION.CODE.eq(code)))
        .execute();
  }

  private static Adopted adopted(AdoptionRecord r) {
    return new Adopted(
        ContestCode.of(r.getContest()).orElseThrow(),
        r.getCode(),
        r.getAdoptedBy(),
        r.getDecision(),
        r.getAdoptedAt(),
        r.getDigest(),
        r.getLiftedAt(),
        r.getLiftedReason());
  }
}
