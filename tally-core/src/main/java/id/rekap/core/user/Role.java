package id.rekap.core.user;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Operators key C.Hasil forms; verifiers also resolve double-entry mismatches;
 * the chair (ketua) also approves corrections and adopts results; admins manage users.
 */
public enum Role {
  OPERATOR,
  VERIFIER,
  CHAIR,
  ADMIN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> of(String id) {
    for (Role r : values()) {
      if (r.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Chairs and admins can do what verifiers can; verifiers what operators can. */
  public boolean atLeast(Role needed) {
    if (this == ADMIN) {
      return true;
    }
    return ordinal() >= needed.ordinal() && needed != ADMIN;
  }
}
