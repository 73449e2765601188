package id.rekap.core.report;

/**
 * One entry of the D.Kejadian Khusus dan/atau Keberatan Saksi form: a special event or a witness's
 * objection raised during the plenary, as printed.
 *
 * @param time when it was raised, local time with its zone ("10.15 WIB")
 * @param kind what it is ("Kejadian khusus", "Keberatan saksi")
 * @param contest the contest it concerns ("PPWP"; "Semua" for the whole plenary)
 * @param place the TPS or region in words ("TPS 001, Kel./Desa PULAU TIDUNG")
 * @param raisedBy who raised it: a witness's name and the participant they represent, or a
 *     committee member
 * @param text what happened or what was objected to
 * @param response the chair's answer
 * @param recommendation Panwaslu's recommendation, if it gave one
 * @param decision what the plenary decided (accepted, rejected, not yet)
 */
public record Incident(
    String time,
    String kind,
    String contest,
    String place,
    String raisedBy,
    String text,
    String response,
    String recommendation,
    String decision) {

  /** An entry without time, contest and recommendation (older callers). */
  public Incident(
      String kind, String place, String raisedBy, String text, String response, String decision) {
    this("", kind, "", place, raisedBy, text, response, "", decision);
  }
}
