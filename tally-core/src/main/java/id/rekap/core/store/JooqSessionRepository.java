package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.PLENARY_ATTENDEE;
import static id.rekap.core.store.generated.Tables.PLENARY_SESSION;

import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.PlenarySession;
import id.rekap.core.plenary.SessionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Plenary sessions in plenary_session and their attendance in plenary_attendee. */
public final class JooqSessionRepository implements SessionRepository {
  private final DSLContext dsl;

  public JooqSessionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long nextId() {
    Long max =
        dsl.select(DSL.max(PLENARY_SESSION.ID)).from(PLENARY_SESSION).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void insert(PlenarySession s) {
    dsl.insertInto(PLENARY_SESSION)
        .set(PLENARY_SESSION.ID, s.id())
        .set(PLENARY_SESSION.PLACE, s.place())
        .set(PLENARY_SESSION.OPENED_AT, s.openedAt().toString())
        .set(PLENARY_SESSION.OPENED_BY, s.openedBy())
        .set(PLENARY_SESSION.CLOSED_AT, s.closedAt() == null ? null : s.closedAt().toString())
        .set(PLENARY_SESSION.CLOSED_BY, s.closedBy())
        .execute();
  }

  @Override
  public void close(long id, Instant at, String by) {
    dsl.update(PLENARY_SESSION)
        .set(PLENARY_SESSION.CLOSED_AT, at.toString())
        .set(PLENARY_SESSION.CLOSED_BY, by)
        .where(PLENARY_SESSION.ID.eq(id))
        .execute();
  }

  @Override
  public void addAttendee(long sessionId, Attendee a) {
    Integer max =
        dsl.select(DSL.max(PLENARY_ATTENDEE.POSITION))
            .from(PLENARY_ATTENDEE)
            .where(PLENARY_ATTENDEE.SESSION_ID.eq(sessionId))
            .fetchOne(0, Integer.class);
    dsl.insertInto(PLENARY_ATTENDEE)
        .set(PLENARY_ATTENDEE.SESSION_ID, sessionId)
        .set(PLENARY_ATTENDEE.POSITION, max == null ? 1 : max + 1)
        .set(PLENARY_ATTENDEE.KIND, a.kind().id())
        .set(PLENARY_ATTENDEE.ROLE, a.role())
        .set(PLENARY_ATTENDEE.CONTEST, a.contest() == null ? null : a.contest().id())
        .set(PLENARY_ATTENDEE.PARTICIPANT, a.participant())
        .set(PLENARY_ATTENDEE.NAME, a.name())
        .execute();
  }

  @Override
  public List<PlenarySession> all() {
    Map<Long, List<Attendee>> attendees = new HashMap<>();
    dsl.selectFrom(PLENARY_ATTENDEE)
        .orderBy(PLENARY_ATTENDEE.SESSION_ID, PLENARY_ATTENDEE.POSITION)
        .forEach(
            r ->
                attendees
                    .computeIfAbsent(r.getSessionId(), k -> new ArrayList<>())
                    .add(
                        new Attendee(
                            Attendee.Kind.of(r.getKind()).orElseThrow(),
                            r.getRole(),
                            r.getContest() == null
                                ? null
                                : ContestCode.of(r.getContest()).orElseThrow(),
                            r.getParticipant(),
                            r.getName())));
    return dsl.selectFrom(PLENARY_SESSION)
        .orderBy(PLENARY_SESSION.ID)
        .fetch(
            r ->
                new PlenarySession(
                    r.getId(),
                    r.getPlace(),
                    Instant.parse(r.getOpenedAt()),
                    r.getOpenedBy(),
                    r.getClosedAt() == null ? null : Instant.parse(r.getClosedAt()),
                    r.getClosedBy(),
                    attendees.getOrDefault(r.getId(), List.of())));
  }
}
