package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.ADOPTION;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.election.ContestCode;
import id.rekap.core.store.generated.tables.records.AdoptionRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

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
  public void insert(Adopted a) {
    dsl.insertInto(ADOPTION)
        .set(ADOPTION.CONTEST, a.contest().id())
        .set(ADOPTION.CODE, a.code())
        .set(ADOPTION.ADOPTED_BY, a.by())
        .set(ADOPTION.DECISION, a.decision())
        .set(ADOPTION.ADOPTED_AT, a.at())
        .execute();
  }

  private static Adopted adopted(AdoptionRecord r) {
    return new Adopted(
        ContestCode.of(r.getContest()).orElseThrow(),
        r.getCode(),
        r.getAdoptedBy(),
        r.getDecision(),
        r.getAdoptedAt());
  }
}
