package id.rekap.core.election;

import java.util.Locale;
import java.util.Optional;

/** Sirekap's contest (ballot) codes, used in folder names, files and on the command line. */
public enum ContestCode {
  PPWP,
  PDPR,
  PDPD,
  PDPRDP,
  PDPRDK,
  /** Pilkada gubernur. */
  PKWKP,
  /** Pilkada bupati / walikota. */
  PKWKK;

  // computed once: id() is called for every file and row an import handles
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }

  public static Optional<ContestCode> of(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (ContestCode c : values()) {
      if (c.id().equals(wanted)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id();
  }
}
