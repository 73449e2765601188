package id.rekap.core.result;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a TPS result came from. The declaration order is the adoption precedence: when a TPS has
 * values from several sources, the first one present is the one the recap uses: a plenary
 * correction, then keyed plano, salinan, a package from the level below, and Sirekap last.
 */
public enum Source {
  /** A plenary correction of the adopted values (reason, evidence, approving chair recorded). */
  CORRECTION,
  /** Keyed from the C.Hasil plano (the original). */
  CHASIL,
  /** Keyed from a C.Hasil Salinan (a witness copy). */
  SALINAN,
  /** From a signed package of the level below. */
  PACKAGE,
  /** Sirekap's published reading. */
  SIREKAP;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Source> of(String id) {
    for (Source s : values()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
