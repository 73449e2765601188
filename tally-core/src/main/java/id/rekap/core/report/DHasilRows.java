package id.rekap.core.report;

import static id.rekap.core.result.AdminField.*;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.Tally;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a D.Hasil in the order of the C.Hasil blocks (domain.md §3.1, §3.4): I voters and
 * users of the right to vote (L, P, L+P), II ballots, III disabled voters, IV votes, V valid and
 * invalid. The structure is confirmed by the TPS form; the words come from {@link FormTexts}.
 */
final class DHasilRows {
  private final FormTexts t;
  private final List<Tally> columns;
  private final List<FormTable.Row> rows = new ArrayList<>();

  private DHasilRows(FormTexts t, List<Tally> columns) {
    this.t = t;
    this.columns = columns;
  }

  static List<FormTable.Row> of(
      FormTexts t, ElectionDefinition e, Contest contest, Dapil dapil, List<Tally> columns) {
    DHasilRows r = new DHasilRows(t, columns);
    r.section("section.i");
    r.sexRows("row.i.a", DPT_L, DPT_P, DPT);
    r.sexRows("row.i.b1", USERS_DPT_L, USERS_DPT_P, USERS_DPT);
    r.sexRows("row.i.b2", USERS_DPTB_L, USERS_DPTB_P, USERS_DPTB);
    r.sexRows("row.i.b3", USERS_DPK_L, USERS_DPK_P, USERS_DPK);
    r.sexRows("row.i.b4", USERS_L, USERS_P, USERS);
    r.section("section.ii");
    r.admin("row.ii.1", BALLOTS_RECEIVED, FormTable.Kind.DATA);
    r.admin("row.ii.2", BALLOTS_USED, FormTable.Kind.DATA);
    r.admin("row.ii.3", BALLOTS_RETURNED, FormTable.Kind.DATA);
    r.admin("row.ii.4", BALLOTS_UNUSED, FormTable.Kind.DATA);
    r.section("section.iii");
    r.sexRows("row.iii", DISABLED_L, DISABLED_P, DISABLED);
    r.section("section.iv");
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        r.values(
            Integer.toString(c.number()),
            c.name(),
            FormTable.Kind.DATA,
            x -> x.votes(VoteKey.candidate(c.number())));
      }
    } else {
      r.parties(e, dapil);
    }
    r.section("section.v");
    r.admin("row.v.a", VALID, FormTable.Kind.TOTAL);
    r.admin("row.v.b", INVALID, FormTable.Kind.DATA);
    r.admin("row.v.c", TOTAL, FormTable.Kind.TOTAL);
    return r.rows;
  }

  /** Per party: its name, the party-only votes, one row per caleg, and the party's total. */
  private void parties(ElectionDefinition e, Dapil dapil) {
    for (PartyList l : dapil.lists()) {
      int p = l.party();
      String name = e.party(p).map(Party::name).orElse("");
      text(FormTable.Kind.SUBHEAD, Integer.toString(p), name);
      values(
          "", t.get("row.iv.partyOnly"), FormTable.Kind.DATA, x -> x.votes(VoteKey.partyOnly(p)));
      for (Candidate c : l.candidates()) {
        values(
            p + "." + c.number(),
            c.name(),
            FormTable.Kind.DATA,
            x -> x.votes(VoteKey.partyCandidate(p, c.number())));
      }
      values(
          "",
          t.get("row.iv.partyTotal"),
          FormTable.Kind.TOTAL,
          x -> x.votes(VoteKey.partyTotal(p)));
    }
  }

  private void section(String key) {
    String[] nl = split(key);
    text(FormTable.Kind.SECTION, nl[0], nl[1]);
  }

  private void sexRows(String key, AdminField l, AdminField p, AdminField total) {
    String[] nl = split(key);
    text(FormTable.Kind.SUBHEAD, nl[0], nl[1]);
    admin("", t.get("row.l"), l, FormTable.Kind.DATA);
    admin("", t.get("row.p"), p, FormTable.Kind.DATA);
    admin("", t.get("row.lp"), total, FormTable.Kind.TOTAL);
  }

  private void admin(String key, AdminField f, FormTable.Kind kind) {
    String[] nl = split(key);
    admin(nl[0], nl[1], f, kind);
  }

  private void admin(String no, String label, AdminField f, FormTable.Kind kind) {
    values(no, label, kind, x -> x.admin(f));
  }

  private void values(String no, String label, FormTable.Kind kind, Function<Tally, Long> value) {
    List<Object> cells = new ArrayList<>(columns.size() + 2);
    cells.add(no);
    cells.add(label);
    for (Tally c : columns) {
      cells.add(value.apply(c));
    }
    rows.add(new FormTable.Row(kind, cells));
  }

  private void text(FormTable.Kind kind, String no, String label) {
    List<Object> cells = new ArrayList<>(columns.size() + 2);
    cells.add(no);
    cells.add(label);
    for (int i = 0; i < columns.size(); i++) {
      cells.add(null);
    }
    rows.add(new FormTable.Row(kind, cells));
  }

  /** Texts of numbered rows are "number|label" so both stay data. */
  private String[] split(String key) {
    String v = t.get(key);
    int bar = v.indexOf('|');
    return bar < 0
        ? new String[] {"", v}
        : new String[] {v.substring(0, bar), v.substring(bar + 1)};
  }
}
