package id.rekap.core.user;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Operators key C.Hasil forms and take in results; verifiers also settle
 * double-entry mismatches; the chair (ketua) also adopts, approves corrections, answers objections
 * and speaks for the tally centre (keys, trust, packages). The admin manages accounts and nothing
 * else: separation of duties (docs/security.md), so that whoever creates the accounts cannot also
 * run the count.
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

  /**
   * Whether this role may do what {@code needed} may: the chair what a verifier may, a verifier
   * what an operator may. The admin is outside that line: it may do admin work only, and no other
   * role may do admin work.
   */
  public boolean atLeast(Role needed) {
    if (this == ADMIN || needed == ADMIN) {
      return this == needed;
    }
    return ordinal() >= needed.ordinal();
  }
}
