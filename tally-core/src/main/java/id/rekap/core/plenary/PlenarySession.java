package id.rekap.core.plenary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plenary session (rapat pleno) as recorded: where it was held, when it opened and closed, and
 * who attended, in the order they were recorded.
 *
 * @param closedAt null while the session is open
 */
public record PlenarySession(
    long id,
    String place,
    Instant openedAt,
    String openedBy,
    Instant closedAt,
    String closedBy,
    List<Attendee> attendees) {
  public PlenarySession {
    attendees = List.copyOf(attendees);
  }

  public boolean open() {
    return closedAt == null;
  }

  /** Whether the instant lies within the session (an open session has no end yet). */
  public boolean covers(Instant at) {
    return !at.isBefore(openedAt) && (closedAt == null || !at.isAfter(closedAt));
  }

  public List<Attendee> attendees(Attendee.Kind kind) {
    return attendees.stream().filter(a -> a.kind() == kind).toList();
  }

  /** The witness present for a participant of a contest, if one attended. */
  public Optional<Attendee> saksi(id.rekap.core.election.ContestCode contest, int participant) {
    return attendees.stream()
        .filter(
            a ->
                a.kind() == Attendee.Kind.SAKSI
                    && a.contest() == contest
                    && a.participant() == participant)
        .findFirst();
  }
}
