package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.REVOTE;
import static id.rekap.core.store.generated.Tables.TPS_RESULT;
import static id.rekap.core.store.generated.Tables.TPS_RESULT_SUPERSEDED;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.TpsResult;
import id.rekap.core.revote.Revote;
import id.rekap.core.revote.RevoteKind;
import id.rekap.core.revote.RevoteRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Re-votes in revote; the results they superseded in tps_result_superseded (V30). */
public final class JooqRevoteRepository implements RevoteRepository {
  /** Every column of tps_result, which tps_result_superseded repeats after its revote_id. */
  private static final String RESULT_COLUMNS =
      java.util.Arrays.stream(TPS_RESULT.fields())
          .map(Field::getName)
          .collect(java.util.stream.Collectors.joining(", "));

  private static final String MOVE =
      "INSERT INTO "
          + TPS_RESULT_SUPERSEDED.getName()
          + " ("
          + TPS_RESULT_SUPERSEDED.REVOTE_ID.getName()
          + ", "
          + RESULT_COLUMNS
          + ") SELECT ?, "
          + RESULT_COLUMNS
          + " FROM "
          + TPS_RESULT.getName()
          + " WHERE "
          + TPS_RESULT.TPS_CODE.getName()
          + " = ? AND "
          + TPS_RESULT.CONTEST.getName()
          + " = ?";

  private static final String SELECT_SUPERSEDED =
      "SELECT "
          + JooqResultRepository.readColumns()
          + " FROM "
          + TPS_RESULT_SUPERSEDED.getName()
          + " WHERE "
          + TPS_RESULT_SUPERSEDED.REVOTE_ID.getName()
          + " = ? ORDER BY "
          + TPS_RESULT_SUPERSEDED.SOURCE.getName();

  private final DSLContext dsl;

  public JooqRevoteRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long nextId() {
    Long max = dsl.select(DSL.max(REVOTE.ID)).from(REVOTE).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void record(Revote r) {
    dsl.insertInto(REVOTE)
        .set(REVOTE.ID, r.id())
        .set(REVOTE.TPS_CODE, r.tps().value())
        .set(REVOTE.CONTEST, r.contest().id())
        .set(REVOTE.KIND, r.kind().id())
        .set(REVOTE.MARKED_BY, r.markedBy().id())
        .set(REVOTE.REASON, r.reason())
        .set(REVOTE.DECLARED_BY, r.declaredBy())
        .set(REVOTE.DECLARED_AT, r.declaredAt())
        .execute();
    dsl.connection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(MOVE)) {
            ps.setLong(1, r.id());
            ps.setString(2, r.tps().value());
            ps.setString(3, r.contest().id());
            ps.executeUpdate();
          }
        });
    dsl.deleteFrom(TPS_RESULT)
        .where(TPS_RESULT.TPS_CODE.eq(r.tps().value()))
        .and(TPS_RESULT.CONTEST.eq(r.contest().id()))
        .execute();
  }

  @Override
  public List<Revote> under(String regionPrefix) {
    if (!regionPrefix.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a region code: " + regionPrefix);
    }
    // filtered here: a bound prefix is padded like the CHAR(13) column it is compared with, and
    // re-votes are a handful per workspace
    return revotes(DSL.noCondition()).stream()
        .filter(r -> r.tps().value().startsWith(regionPrefix))
        .toList();
  }

  @Override
  public List<Revote> of(TpsCode tps, ContestCode contest) {
    return revotes(REVOTE.TPS_CODE.eq(tps.value()).and(REVOTE.CONTEST.eq(contest.id())));
  }

  private List<Revote> revotes(Condition where) {
    var rows = dsl.selectFrom(REVOTE).where(where).orderBy(REVOTE.ID).fetch();
    Map<Long, List<TpsResult>> history = new HashMap<>();
    for (var r : rows) {
      history.put(r.getId(), superseded(r.getId()));
    }
    List<Revote> out = new ArrayList<>(rows.size());
    for (var r : rows) {
      out.add(
          new Revote(
              r.getId(),
              new TpsCode(r.getTpsCode()),
              ContestCode.of(r.getContest()).orElseThrow(),
              RevoteKind.of(r.getKind()).orElseThrow(),
              Revote.Marker.of(r.getMarkedBy()),
              r.getReason(),
              r.getDeclaredBy(),
              r.getDeclaredAt(),
              history.get(r.getId())));
    }
    return out;
  }

  private List<TpsResult> superseded(long revoteId) {
    List<TpsResult> out = new ArrayList<>();
    dsl.connection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT_SUPERSEDED)) {
            ps.setLong(1, revoteId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(JooqResultRepository.toResult(rs));
              }
            }
          }
        });
    return out;
  }
}
