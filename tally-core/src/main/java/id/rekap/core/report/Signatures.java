package id.rekap.core.report;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The signature blocks: the committee members (from the settings; the roles of the texts with blank
 * names when none are set, so the paper still has lines to fill in by hand) and one line per saksi,
 * per pair/candidate or per party as on the paper form. Witnesses may decline to sign, so their
 * cells stay blank.
 */
final class Signatures {
  private static final float NO = 28;

  private Signatures() {}

  static FormDocument.Section committee(FormTexts t, String title, List<CommitteeMember> members) {
    List<CommitteeMember> list = members;
    if (list.isEmpty()) {
      list =
          Arrays.stream(t.get("committee.roles").split(","))
              .map(r -> new CommitteeMember(r, ""))
              .toList();
    }
    List<FormTable.Row> rows = new ArrayList<>();
    int n = 1;
    for (CommitteeMember m : list) {
      rows.add(row(n++, m.name(), m.role()));
    }
    return new FormDocument.Section(title, table(t, t.get("sig.name"), t.get("sig.role"), rows));
  }

  static FormDocument.Section saksi(
      FormTexts t, ElectionDefinition election, Contest contest, Dapil dapil) {
    List<FormTable.Row> rows = new ArrayList<>();
    int n = 1;
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        rows.add(row(n++, t.format("sig.saksi.candidate", c.number()), ""));
      }
    } else {
      for (PartyList l : dapil.lists()) {
        String party =
            election.party(l.party()).map(Party::name).orElse(Integer.toString(l.party()));
        rows.add(row(n++, t.format("sig.saksi.party", l.party(), party), ""));
      }
    }
    return new FormDocument.Section(
        t.get("sig.saksi.title"), table(t, t.get("sig.saksi"), t.get("sig.name"), rows));
  }

  private static FormTable.Row row(int n, String a, String b) {
    return new FormTable.Row(FormTable.Kind.SIGNATURE, List.of(Integer.toString(n), a, b, ""));
  }

  private static FormTable table(FormTexts t, String a, String b, List<FormTable.Row> rows) {
    List<FormTable.Column> cols =
        List.of(
            new FormTable.Column(t.get("column.number"), null, NO, false),
            new FormTable.Column(a, null, 300, false),
            new FormTable.Column(b, null, 200, false),
            new FormTable.Column(t.get("sig.sign"), null, 200, false));
    return new FormTable(cols, cols.size(), rows);
  }
}
