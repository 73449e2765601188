package id.rekap.core.adoption;

import java.util.Optional;

/**
 * Why a TPS or region is left out of an adoption decision. Some the plenary can settle by recording
 * its decision (a ruling) on the place; the others need an act elsewhere first (the results to
 * arrive, the double entry to be settled, the objection to be answered, the place below adopted).
 */
public enum Reason {
  /** No result of the contest at the TPS from any source. */
  NO_RESULT("noResult", false),
  /** A keyed entry awaits its second entry or the verifier. */
  ENTRY_PENDING("entryPending", false),
  /** An objection (keberatan) at the place is not answered yet. */
  OBJECTION_PENDING("objectionPending", false),
  /** ERROR findings without a recorded plenary decision. */
  ERRORS("errors", true),
  /**
   * Kab/kota: the PPK's package has other numbers for the TPS than the ones used here (a correction
   * or keyed form here outranks it), without a recorded plenary decision.
   */
  PACKAGE_CONFLICT("packageConflict", true),
  /** Kab/kota: the package's declared totals differ from its TPS rows (R22), without a decision. */
  PACKAGE_TOTALS("packageTotals", true),
  /** A child region (desa, kecamatan) is not adopted yet. */
  NOT_ADOPTED("notAdopted", false),
  /** Something beneath the region is left out. */
  BELOW("below", false);

  private final String id;
  private final boolean rulable;

  Reason(String id, boolean rulable) {
    this.id = id;
    this.rulable = rulable;
  }

  /** The stable id used in the audit event, the stored decision and the JSON output. */
  public String id() {
    return id;
  }

  /** Whether a recorded plenary decision on the place settles it. */
  public boolean rulable() {
    return rulable;
  }

  /** The message key of the reason's words. */
  public String messageKey() {
    return "adoption.reason." + id;
  }

  public static Optional<Reason> of(String id) {
    for (Reason r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
