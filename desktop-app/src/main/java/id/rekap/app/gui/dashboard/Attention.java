package id.rekap.app.gui.dashboard;

import id.rekap.core.election.ContestCode;

/**
 * One thing the plenary must look at, with the place it opens: the empty column leading a
 * single-pair contest, a TPS with errors, a TPS without a result, a keying waiting for its second
 * entry or for the verifier, an unanswered objection.
 */
public record Attention(Kind kind, ContestCode contest, String code, String field, String text) {
  /** What needs attention, most urgent first. */
  public enum Kind {
    EMPTY_COLUMN_LEADS,
    MISMATCH,
    ERRORS,
    OBJECTION,
    MISSING,
    AWAITING_SECOND
  }
}
