package id.rekap.core.plenary;

import id.rekap.core.election.ContestCode;
import java.util.Locale;
import java.util.Optional;

/**
 * Someone recorded as present at a plenary session: a committee member with the role printed in the
 * signature block, a witness (saksi) with the contest and the number of the participant (candidate,
 * pair or party) they represent, or a Panwaslu member.
 *
 * @param role the member's role ("Ketua", "Anggota"); null for the others
 * @param contest the witness's contest; null for the others
 * @param participant the witness's participant number; null for the others
 */
public record Attendee(
    Kind kind, String role, ContestCode contest, Integer participant, String name) {
  /** Who an attendee is in the plenary. */
  public enum Kind {
    MEMBER("anggota"),
    SAKSI("saksi"),
    PANWASLU("panwaslu");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Kind> of(String id) {
      String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
      for (Kind k : values()) {
        if (k.id.equals(wanted)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  public Attendee {
    role = role == null || role.isBlank() ? null : role.strip();
    name = name == null ? "" : name.strip();
  }

  public static Attendee member(String role, String name) {
    return new Attendee(Kind.MEMBER, role, null, null, name);
  }

  public static Attendee saksi(ContestCode contest, int participant, String name) {
    return new Attendee(Kind.SAKSI, null, contest, participant, name);
  }

  public static Attendee panwaslu(String name) {
    return new Attendee(Kind.PANWASLU, null, null, null, name);
  }
}
