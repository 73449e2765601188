package id.rekap.core.plenary;

import java.time.Instant;
import java.util.List;

/** Persistence of plenary sessions and their attendance (implemented by the store). */
public interface SessionRepository {
  long nextId();

  /** Stores a new session (its attendees are added one by one). */
  void insert(PlenarySession session);

  void close(long id, Instant at, String by);

  /** Appends an attendee after those already recorded. */
  void addAttendee(long sessionId, Attendee attendee);

  /** Every session with its attendees, oldest first. */
  List<PlenarySession> all();
}
