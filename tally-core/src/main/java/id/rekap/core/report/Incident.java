package id.rekap.core.report;

/**
 * One entry of the D.Kejadian Khusus dan/atau Keberatan form: a special event or a witness's
 * objection raised during the plenary. The plenary feature will record these; the form only prints
 * them.
 *
 * @param kind what it is, as printed ("Kejadian khusus", "Keberatan saksi")
 * @param placeCode the region or TPS code it concerns (dotted or plain)
 * @param raisedBy who raised it (a saksi and the peserta they represent, or a committee member)
 * @param text what happened or what was objected to
 * @param response the committee's answer
 * @param decision what was decided (accepted, rejected, corrected)
 */
public record Incident(
    String kind,
    String placeCode,
    String raisedBy,
    String text,
    String response,
    String decision) {}
