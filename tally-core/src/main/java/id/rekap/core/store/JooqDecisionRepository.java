package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.ADOPTION_DECISION;

import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.DecisionDetail;
import id.rekap.core.adoption.DecisionRepository;
import id.rekap.core.election.ContestCode;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The adoption history in the adoption_decision table. */
public final class JooqDecisionRepository implements DecisionRepository {
  private final DSLContext dsl;

  public JooqDecisionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long nextId() {
    Long max =
        dsl.select(DSL.max(ADOPTION_DECISION.ID)).from(ADOPTION_DECISION).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void insert(Decision d) {
    dsl.insertInto(ADOPTION_DECISION)
        .set(ADOPTION_DECISION.ID, d.id())
        .set(ADOPTION_DECISION.CONTEST, d.contest().id())
        .set(ADOPTION_DECISION.CODE, d.code())
        .set(ADOPTION_DECISION.KIND, d.kind().id())
        .set(ADOPTION_DECISION.DECIDED_BY, d.by())
        .set(ADOPTION_DECISION.DECIDED_AT, d.at())
        .set(ADOPTION_DECISION.TEXT, d.text())
        .set(ADOPTION_DECISION.DETAIL, DecisionDetail.write(d))
        .execute();
  }

  @Override
  public List<Decision> of(ContestCode contest) {
    return dsl.selectFrom(ADOPTION_DECISION)
        .where(ADOPTION_DECISION.CONTEST.eq(contest.id()))
        .orderBy(ADOPTION_DECISION.ID)
        .fetch(
            r ->
                DecisionDetail.read(
                    r.getId(),
                    ContestCode.of(r.getContest()).orElseThrow(),
                    r.getCode(),
                    Decision.Kind.of(r.getKind()).orElseThrow(),
                    r.getDecidedBy(),
                    r.getDecidedAt(),
                    r.getText(),
                    r.getDetail()));
  }
}
