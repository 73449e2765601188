package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.CORRECTION;
import static id.rekap.core.store.generated.Tables.OBJECTION;
import static id.rekap.core.store.generated.Tables.OBJECTION_DETAIL;

import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.plenary.Objections;
import id.rekap.core.plenary.PlenaryRepository;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Corrections and objections in their tables. */
public final class JooqPlenaryRepository implements PlenaryRepository {
  private final DSLContext dsl;

  public JooqPlenaryRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long nextCorrectionId() {
    Long max = dsl.select(DSL.max(CORRECTION.ID)).from(CORRECTION).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void insert(CorrectionRow r) {
    dsl.insertInto(CORRECTION)
        .set(CORRECTION.ID, r.id())
        .set(CORRECTION.TPS_CODE, r.tps())
        .set(CORRECTION.CONTEST, r.contest().id())
        .set(CORRECTION.FIELD, r.field())
        .set(CORRECTION.OLD_VALUE, r.oldValue())
        .set(CORRECTION.NEW_VALUE, r.newValue())
        .set(CORRECTION.REASON, r.reason())
        .set(CORRECTION.EVIDENCE, r.evidence().id())
        .set(CORRECTION.PROPOSED_BY, r.proposedBy())
        .set(CORRECTION.APPROVED_BY, r.approvedBy())
        .set(CORRECTION.DECIDED_AT, r.at())
        .execute();
  }

  @Override
  public List<CorrectionRow> allCorrections() {
    return corrections(CORRECTION.ID.isNotNull());
  }

  @Override
  public List<CorrectionRow> corrections(String tps, ContestCode contest) {
    return corrections(CORRECTION.TPS_CODE.eq(tps).and(CORRECTION.CONTEST.eq(contest.id())));
  }

  private List<CorrectionRow> corrections(org.jooq.Condition where) {
    return dsl.selectFrom(CORRECTION)
        .where(where)
        .orderBy(CORRECTION.ID)
        .fetch(
            r ->
                new CorrectionRow(
                    r.getId(),
                    r.getTpsCode(),
                    ContestCode.of(r.getContest()).orElseThrow(),
                    r.getField(),
                    r.getOldValue(),
                    r.getNewValue(),
                    r.getReason(),
                    Evidence.of(r.getEvidence()).orElseThrow(),
                    r.getProposedBy(),
                    r.getApprovedBy(),
                    r.getDecidedAt()));
  }

  @Override
  public long nextObjectionId() {
    Long max = dsl.select(DSL.max(OBJECTION.ID)).from(OBJECTION).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void insert(ObjectionRow r) {
    dsl.insertInto(OBJECTION)
        .set(OBJECTION.ID, r.id())
        .set(OBJECTION.KIND, r.kind().id())
        .set(OBJECTION.CONTEST, r.contest() == null ? null : r.contest().id())
        .set(OBJECTION.PLACE_CODE, r.place())
        .set(OBJECTION.RAISED_BY, r.raisedBy())
        .set(OBJECTION.TEXT, r.text())
        .set(OBJECTION.RESPONSE, r.response())
        .set(OBJECTION.DECISION, r.decision().id())
        .set(OBJECTION.RECORDED_BY, r.recordedBy())
        .set(OBJECTION.RECORDED_AT, r.at())
        .execute();
    if (r.session() != null || r.participant() != null || r.recommendation() != null) {
      dsl.insertInto(OBJECTION_DETAIL)
          .set(OBJECTION_DETAIL.OBJECTION_ID, r.id())
          .set(OBJECTION_DETAIL.SESSION_ID, r.session())
          .set(OBJECTION_DETAIL.PARTICIPANT, r.participant())
          .set(OBJECTION_DETAIL.RECOMMENDATION, r.recommendation())
          .execute();
    }
  }

  @Override
  public void respond(long id, String response, Objections.Decision decision) {
    dsl.update(OBJECTION)
        .set(OBJECTION.RESPONSE, response)
        .set(OBJECTION.DECISION, decision.id())
        .where(OBJECTION.ID.eq(id))
        .execute();
  }

  @Override
  public void recommend(long id, String recommendation) {
    int updated =
        dsl.update(OBJECTION_DETAIL)
            .set(OBJECTION_DETAIL.RECOMMENDATION, recommendation)
            .where(OBJECTION_DETAIL.OBJECTION_ID.eq(id))
            .execute();
    if (updated == 0) {
      dsl.insertInto(OBJECTION_DETAIL)
          .set(OBJECTION_DETAIL.OBJECTION_ID, id)
          .set(OBJECTION_DETAIL.RECOMMENDATION, recommendation)
          .execute();
    }
  }

  @Override
  public List<ObjectionRow> objections() {
    // session, participant and recommendation are kept beside the row (V40), when recorded
    return dsl.select()
        .from(OBJECTION)
        .leftJoin(OBJECTION_DETAIL)
        .on(OBJECTION_DETAIL.OBJECTION_ID.eq(OBJECTION.ID))
        .orderBy(OBJECTION.ID)
        .fetch(
            r ->
                new ObjectionRow(
                    r.get(OBJECTION.ID),
                    Objections.Kind.of(r.get(OBJECTION.KIND)).orElseThrow(),
                    r.get(OBJECTION.CONTEST) == null
                        ? null
                        : ContestCode.of(r.get(OBJECTION.CONTEST)).orElseThrow(),
                    r.get(OBJECTION.PLACE_CODE),
                    r.get(OBJECTION.RAISED_BY),
                    r.get(OBJECTION.TEXT),
                    r.get(OBJECTION.RESPONSE),
                    Objections.Decision.of(r.get(OBJECTION.DECISION)).orElseThrow(),
                    r.get(OBJECTION.RECORDED_BY),
                    r.get(OBJECTION.RECORDED_AT),
                    r.get(OBJECTION_DETAIL.SESSION_ID),
                    r.get(OBJECTION_DETAIL.PARTICIPANT),
                    r.get(OBJECTION_DETAIL.RECOMMENDATION)));
  }
}
