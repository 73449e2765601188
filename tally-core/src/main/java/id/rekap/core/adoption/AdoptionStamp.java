package id.rekap.core.adoption;

/**
 * Whether the current numbers of a TPS or region in a contest are the ones the chair adopted, and
 * if not, why: what a form prints as OFFICIAL or DRAFT.
 */
public record AdoptionStamp(
    State state,
    String digest,
    String adoptedAt,
    String adoptedBy,
    String liftedAt,
    String liftedReason) {

  /** Where an adoption stands. */
  public enum State {
    /** Never adopted. */
    NONE,
    /** Adopted, and the numbers are still exactly the adopted ones. */
    OFFICIAL,
    /** Adopted, then lifted by a correction, a newer package or a re-vote. */
    LIFTED,
    /** Adopted, but the numbers no longer match the adopted digest and no lift was recorded. */
    CHANGED,
    /** Adopted by a version of Rekap that recorded no digest: to be adopted again. */
    UNVERIFIED
  }

  public static final AdoptionStamp NONE =
      new AdoptionStamp(State.NONE, null, null, null, null, null);

  public boolean official() {
    return state == State.OFFICIAL;
  }
}
