package id.rekap.core.plenary;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of the plenary sessions: the chair opens a session (place and time) and closes it; the
 * clerk records who attended. The berita acara of the forms ("Pada hari ini … bertempat di …", who
 * was present) and their signature blocks are printed from these records, so each is audited. One
 * session is open at a time.
 */
public final class PlenarySessions {
  static final int MAX_PLACE = 300;
  static final int MAX_NAME = 200;

  /** A time typed a little ahead of the clock is a slip; a day ahead is a mistake. */
  private static final Duration FUTURE_SLACK = Duration.ofMinutes(10);

  private final Transactions tx;
  private final SessionRepository sessions;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Clock clock;

  public PlenarySessions(
      Transactions tx,
      SessionRepository sessions,
      AuditLog audit,
      ElectionDefinition election,
      Clock clock) {
    this.tx = tx;
    this.sessions = sessions;
    this.audit = audit;
    this.election = election;
    this.clock = clock;
  }

  /** Every session, oldest first. */
  public List<PlenarySession> list() {
    return tx.inTransaction(sessions::all);
  }

  /** The open session, if any. */
  public Optional<PlenarySession> current() {
    return list().stream().filter(PlenarySession::open).findFirst();
  }

  public Optional<PlenarySession> find(long id) {
    return list().stream().filter(s -> s.id() == id).findFirst();
  }

  /**
   * Opens a session.
   *
   * @param at when it opened; null for now
   * @return the session's number
   */
  public long open(User chair, String place, Instant at) {
    Users.require(chair, Role.CHAIR);
    String where = text(place, MAX_PLACE, "plenary.error.place");
    Instant opened = at == null ? clock.instant() : at;
    notInFuture(opened);
    return tx.inTransaction(
        () -> {
          List<PlenarySession> all = sessions.all();
          if (all.stream().anyMatch(PlenarySession::open)) {
            throw RekapException.badInput("plenary.error.alreadyOpen");
          }
          long id = sessions.nextId();
          sessions.insert(
              new PlenarySession(id, where, opened, chair.name(), null, null, List.of()));
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("session", id);
          payload.put("place", where);
          payload.put("openedAt", opened.toString());
          audit.append(chair.actor(), AuditAction.PLENARY_OPEN, payload);
          return id;
        });
  }

  /**
   * Records attendees of the open session, all or none: a witness must name a participant of the
   * contest, and a participant has one witness present.
   */
  public void attend(User by, List<Attendee> attendees) {
    Users.require(by, Role.OPERATOR);
    if (attendees.isEmpty()) {
      throw RekapException.badInput("plenary.error.attendee", "");
    }
    for (Attendee a : attendees) {
      check(a);
    }
    tx.run(
        () -> {
          PlenarySession open =
              sessions.all().stream()
                  .filter(PlenarySession::open)
                  .findFirst()
                  .orElseThrow(() -> RekapException.badInput("plenary.error.notOpen"));
          List<Attendee> present = new ArrayList<>(open.attendees());
          List<Map<String, Object>> listed = new ArrayList<>();
          for (Attendee a : attendees) {
            if (present.stream().anyMatch(p -> same(p, a))) {
              throw RekapException.badInput("plenary.error.duplicate", describe(a));
            }
            present.add(a);
            sessions.addAttendee(open.id(), a);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("kind", a.kind().id());
            one.put("role", a.role());
            one.put("contest", a.contest() == null ? null : a.contest().id());
            one.put("participant", a.participant());
            one.put("name", a.name());
            listed.add(one);
          }
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("session", open.id());
          payload.put("attendees", listed);
          audit.append(by.actor(), AuditAction.PLENARY_ATTEND, payload);
        });
  }

  /** Closes the open session; {@code at} null for now. */
  public long close(User chair, Instant at) {
    Users.require(chair, Role.CHAIR);
    Instant closed = at == null ? clock.instant() : at;
    notInFuture(closed);
    return tx.inTransaction(
        () -> {
          PlenarySession open =
              sessions.all().stream()
                  .filter(PlenarySession::open)
                  .findFirst()
                  .orElseThrow(() -> RekapException.badInput("plenary.error.notOpen"));
          if (closed.isBefore(open.openedAt())) {
            throw RekapException.badInput("plenary.error.closeBeforeOpen");
          }
          sessions.close(open.id(), closed, chair.name());
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("session", open.id());
          payload.put("closedAt", closed.toString());
          audit.append(chair.actor(), AuditAction.PLENARY_CLOSE, payload);
          return open.id();
        });
  }

  private void notInFuture(Instant at) {
    if (at.isAfter(clock.instant().plus(FUTURE_SLACK))) {
      throw RekapException.badInput("plenary.error.future");
    }
  }

  private void check(Attendee a) {
    text(a.name(), MAX_NAME, "plenary.error.attendee");
    switch (a.kind()) {
      case MEMBER -> text(a.role(), 100, "plenary.error.attendee");
      case SAKSI -> {
        if (a.contest() == null
            || a.participant() == null
            || !Participants.exists(election, a.contest(), a.participant())) {
          throw RekapException.badInput("plenary.error.participant", describe(a));
        }
      }
      case PANWASLU -> {
        // a name is all Panwaslu needs
      }
    }
  }

  private static boolean same(Attendee a, Attendee b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    return a.kind() == Attendee.Kind.SAKSI
        ? a.contest() == b.contest() && a.participant().equals(b.participant())
        : a.name().equalsIgnoreCase(b.name());
  }

  private static String describe(Attendee a) {
    return switch (a.kind()) {
      case SAKSI -> (a.contest() == null ? "?" : a.contest().id()) + ":" + a.participant();
      default -> a.name();
    };
  }

  private static String text(String value, int max, String key) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw RekapException.badInput(key, v);
    }
    return v;
  }
}
