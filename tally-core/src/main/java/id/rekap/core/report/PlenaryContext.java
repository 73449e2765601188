package id.rekap.core.report;

import id.rekap.core.plenary.PlenarySession;
import java.time.Instant;

/**
 * What the plenary recorded that a form's berita acara and signature blocks print.
 *
 * @param session the session the form belongs to: the one its result was adopted in, else the
 *     latest (null when none was recorded: the form then has dotted lines to fill in by hand)
 * @param adoptedAt when the form's result was adopted (null while it is a draft)
 * @param copyBy who prints a form that is not theirs to sign (a KPU Kab/Kota printing a kecamatan's
 *     D.Hasil): the form then says plainly it is a copy; null for the committee's own
 */
public record PlenaryContext(PlenarySession session, Instant adoptedAt, String copyBy) {
  /** Nothing recorded: a form with blanks for the berita acara. */
  public static final PlenaryContext NONE = new PlenaryContext(null, null, null);
}
