package id.rekap.core.result;

/** The blocks of the C.Hasil form. */
public enum Block {
  /** I: voters (DPT) and voters who voted (DPT, DPTb, DPK, total), L/P/total. */
  VOTERS,
  /** II: ballot accounting. */
  BALLOTS,
  /** III: disabled voters. */
  DISABLED,
  /** IV: votes per candidate / party / caleg. */
  VOTES,
  /** V: valid, invalid, total. */
  TOTALS;

  public static Block of(AdminField field) {
    return switch (field) {
      case BALLOTS_RECEIVED, BALLOTS_USED, BALLOTS_RETURNED, BALLOTS_UNUSED -> BALLOTS;
      case DISABLED_L, DISABLED_P, DISABLED -> DISABLED;
      case VALID, INVALID, TOTAL -> TOTALS;
      default -> VOTERS;
    };
  }

  /**
   * Whether a source carries the block at all. Sirekap publishes blocks I, IV and V only
   * (docs/election-facts.md §7.1), so rules on blocks II and III do not apply to its data; keyed
   * forms carry everything.
   */
  public boolean carriedBy(Source source) {
    return source != Source.SIREKAP || (this != BALLOTS && this != DISABLED);
  }
}
