package id.rekap.core.entry;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import java.util.Map;
import java.util.TreeMap;

/**
 * A C.Hasil form as keyed: every cell of the TPS's ballot, blank until typed. Values are taken as
 * written (totals are not computed), so the checks can catch the KPPS's own arithmetic.
 */
public final class KeyedForm {
  /** Counts above this cannot come from a form (3-digit boxes); R11 flags 1000–99,999. */
  static final int MAX = 99_999;

  private KeyedForm() {}

  /** The blank form of a TPS for a contest: all cells of its ballot present, none filled. */
  public static TpsResult blank(Contest contest, TpsCode tps, Source source) {
    Map<Integer, Integer> cells = new TreeMap<>();
    String dapil = null;
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        cells.put(VoteKey.candidate(c.number()), null);
      }
    } else {
      Dapil d =
          contest
              .dapilOf(tps)
              .orElseThrow(
                  () -> RekapException.badInput("entry.error.notInContest", tps, contest.code()));
      dapil = d.code();
      for (PartyList l : d.lists()) {
        cells.put(VoteKey.partyOnly(l.party()), null);
        cells.put(VoteKey.partyTotal(l.party()), null);
        l.candidates().forEach(c -> cells.put(VoteKey.partyCandidate(l.party(), c.number()), null));
      }
    }
    return new TpsResult(tps, contest.code(), source, dapil, AdminBlock.empty(), Votes.of(cells));
  }

  /**
   * The form filled with the given values (field label → count, null for blank). A label that is no
   * field of this ballot, or a count outside 0..99,999, is refused with the label.
   */
  public static TpsResult filled(
      Contest contest, TpsCode tps, Source source, Map<String, Integer> values) {
    TpsResult form = blank(contest, tps, source);
    Map<Integer, Integer> onForm = form.votes().asMap();
    for (var e : values.entrySet()) {
      String label = e.getKey();
      boolean known =
          FieldLabels.admin(label).isPresent()
              || FieldLabels.vote(label).filter(onForm::containsKey).isPresent();
      if (!known) {
        throw RekapException.badInput("entry.error.field", label, tps, contest.code());
      }
      Integer v = e.getValue();
      if (v != null && (v < 0 || v > MAX)) {
        throw RekapException.badInput("entry.error.value", label, v);
      }
    }
    return FieldDiff.with(form, values);
  }
}
