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

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContestCode> of(String id) {
    if (id == null) {
      return Optional.empty();
    }
    for (ContestCode c : values()) {
      if (c.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
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
