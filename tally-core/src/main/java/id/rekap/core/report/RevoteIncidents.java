package id.rekap.core.report;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.recap.Adoption;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.revote.Revote;
import java.util.ArrayList;
import java.util.List;

/**
 * A re-vote as a D.Kejadian entry: what kind, at which TPS, who marked it, the earlier result it
 * replaced (so the replaced numbers stay on paper) and the reason. Texts from {@code
 * d-kejadian.properties}.
 */
final class RevoteIncidents {
  private RevoteIncidents() {}

  static Incident of(Revote r, Contest contest, FormTexts t) {
    String kind = t.get("revote." + r.kind().id());
    String by =
        r.markedBy() == Revote.Marker.SIREKAP
            ? t.get("revote.markedBy.sirekap")
            : r.declaredBy().replaceFirst("^user:", "");
    String earlier = earlier(r.superseded(), contest, t);
    String text =
        r.reason().isEmpty()
            ? t.format("revote.text", r.kind().code(), earlier)
            : t.format("revote.textWithReason", r.kind().code(), earlier, r.reason());
    return new Incident(
        kind, r.tps().dotted(), by, text, "", t.format("revote.decision", r.kind().code()));
  }

  /** The earlier result the plenary would have used: valid and invalid votes, then per choice. */
  private static String earlier(List<TpsResult> superseded, Contest contest, FormTexts t) {
    Adoption adoption = new Adoption();
    superseded.forEach(adoption::offer);
    List<TpsResult> adopted = adoption.adopted();
    if (adopted.isEmpty()) {
      return t.get("revote.noEarlier");
    }
    TpsResult r = adopted.getFirst();
    List<String> parts = new ArrayList<>();
    parts.add(t.format("revote.valid", count(r.admin().get(AdminField.VALID))));
    parts.add(t.format("revote.invalid", count(r.admin().get(AdminField.INVALID))));
    for (Candidate c : contest.candidates()) {
      Integer v = r.votes().get(VoteKey.candidate(c.number()));
      if (v != null) {
        parts.add("(" + c.number() + ") " + count(v));
      }
    }
    return t.format(
        "revote.earlier", t.get("revote.source." + r.source().id()), String.join(", ", parts));
  }

  private static String count(Integer v) {
    return v == null ? "-" : IndonesianFormat.count(v.longValue());
  }
}
