package id.rekap.core.report;

import id.rekap.core.election.ElectionDefinition;
import java.util.Locale;

/**
 * The marking printed on every page of a form (in Indonesian: RESMI, DRAF, UJI COBA, BLANKO; see
 * the form texts) and put in its file name. A form is OFFICIAL only after the plenary adopted the
 * recap; a test-mode election's forms are always TEST, so that a rehearsal print can never be
 * mistaken for a real one; BLANK is a form printed empty, to be filled in by hand.
 */
public enum Marking {
  DRAFT,
  OFFICIAL,
  TEST,
  BLANK;

  /**
   * The marking for a form.
   *
   * @param adopted whether the caller states the recap was adopted (adoption is recorded by the
   *     plenary feature; until then callers pass {@code false})
   */
  public static Marking of(boolean adopted, ElectionDefinition.Mode mode) {
    if (mode == ElectionDefinition.Mode.TEST) {
      return TEST;
    }
    return adopted ? OFFICIAL : DRAFT;
  }

  /** Lower case, for file names. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
