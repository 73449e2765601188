package id.rekap.app.gui.entry;

import id.rekap.app.gui.Texts;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Block;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The boxes of a TPS's C.Hasil in the paper's order, and the values of a stored form by box. */
final class EntryForm {
  private EntryForm() {}

  /** Blocks I–III, then IV (pairs, or party by party: party only, caleg, party total), then V. */
  static List<FormField> boxes(
      Texts texts, ElectionDefinition election, Contest contest, TpsResult blank) {
    List<FormField> form = new ArrayList<>();
    String dapil = blank.dapil();
    for (AdminField f : AdminField.values()) {
      if (Block.of(f) != Block.TOTALS) {
        form.add(box(texts, election, contest, dapil, FieldLabels.of(f), Block.of(f)));
      }
    }
    for (int key : blank.votes().asMap().keySet()) {
      form.add(box(texts, election, contest, dapil, FieldLabels.ofVote(key), Block.VOTES));
    }
    for (AdminField f : List.of(AdminField.VALID, AdminField.INVALID, AdminField.TOTAL)) {
      form.add(box(texts, election, contest, dapil, FieldLabels.of(f), Block.TOTALS));
    }
    return form;
  }

  private static FormField box(
      Texts texts,
      ElectionDefinition election,
      Contest contest,
      String dapil,
      String label,
      Block block) {
    int party = 0;
    FormField.Kind kind = FormField.Kind.PLAIN;
    var vote = FieldLabels.vote(label);
    if (vote.isPresent() && VoteKey.party(vote.get()) > 0) {
      party = VoteKey.party(vote.get());
      kind =
          switch (VoteKey.slot(vote.get())) {
            case VoteKey.PARTY_ONLY -> FormField.Kind.PARTY_ONLY;
            case VoteKey.PARTY_TOTAL -> FormField.Kind.PARTY_TOTAL;
            default -> FormField.Kind.CALEG;
          };
    }
    return new FormField(
        label,
        FormTitles.row(texts, contest, dapil, label),
        FormTitles.of(texts, election, contest, dapil, label),
        block,
        party,
        kind);
  }

  /** The value of a box in a stored form (null when blank). */
  static Integer valueOf(TpsResult r, String label) {
    var admin = FieldLabels.admin(label);
    if (admin.isPresent()) {
      return r.admin().get(admin.get());
    }
    return r.votes().get(FieldLabels.vote(label).orElseThrow());
  }

  /** The boxes of a stored form as the screen shows them (blank for none). */
  static Map<String, String> texts(TpsResult r, List<FormField> boxes) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FormField f : boxes) {
      Integer v = r == null ? null : valueOf(r, f.label());
      out.put(f.label(), v == null ? "" : v.toString());
    }
    return out;
  }

  /** The running sum of a party's own box and its caleg's boxes as typed. */
  static long partySum(List<FormField> boxes, int party) {
    long sum = 0;
    for (FormField f : boxes) {
      if (f.party() == party
          && (f.kind() == FormField.Kind.PARTY_ONLY || f.kind() == FormField.Kind.CALEG)) {
        Integer v = f.count();
        sum += v == null ? 0 : v;
      }
    }
    return sum;
  }
}
