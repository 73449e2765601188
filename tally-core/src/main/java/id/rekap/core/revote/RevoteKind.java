package id.rekap.core.revote;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a TPS voted (or counted) again after election day (docs/election-facts.md §11.3). Sirekap
 * marks such a result in its {@code psu} field; a clerk declares it when the result comes another
 * way.
 */
public enum RevoteKind {
  /** Pemungutan suara ulang: the whole vote repeated. */
  PSU,
  /** Pemungutan suara lanjutan: a vote that was interrupted, continued. */
  PSL,
  /** Pemungutan suara susulan: a vote that could not take place, held later. */
  PSS,
  /**
   * Penghitungan ulang surat suara: the ballots counted again. Named in the provincial reports of
   * Pilkada 2024 beside the other three.
   */
  PUSS;

  /** The code as written on forms and in Sirekap ({@code PSU}). */
  public String code() {
    return name();
  }

  /** The lower-case id used on the command line and in stored data ({@code psu}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a code names, in any case and with surrounding spaces; empty when unknown. */
  public static Optional<RevoteKind> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    for (RevoteKind k : values()) {
      if (k.name().equals(wanted)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
