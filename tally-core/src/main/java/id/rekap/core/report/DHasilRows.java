package id.rekap.core.report;

import static id.rekap.core.result.AdminField.*;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.recap.Tally;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The rows of a D.Hasil in the order of the C.Hasil blocks (docs/election-facts.md §3.1, §10): how
 * many TPS each column holds, I voters and users of the right to vote (L, P, L+P), II ballots, III
 * disabled voters, IV votes in the contest's own words, V valid and invalid with V.A's formula. The
 * structure is confirmed by the TPS form; the words come from {@link FormTexts}.
 *
 * <p>A sum is printed as complete only when every TPS the column received reported the field: a
 * field no TPS reported is null (blank, never 0), one only some reported is {@link
 * FormTable.Partial}.
 */
final class DHasilRows {
  /** Frozen columns: number, label, L/P/L+P. */
  static final int FROZEN = 3;

  private final FormTexts t;
  private final Map<String, String> words;
  private final List<RecapRow> columns;
  private final Tally total;
  private final List<FormTable.Row> rows = new ArrayList<>();
  private int keep;

  private DHasilRows(FormTexts t, Map<String, String> words, List<RecapRow> columns, Tally total) {
    this.t = t;
    this.words = words;
    this.columns = columns;
    this.total = total;
  }

  /**
   * @param words the placeholders of the texts ({@code kabkotaKind}, {@code reserve}, …)
   * @param total the sum of the columns' tallies
   */
  static List<FormTable.Row> of(
      FormTexts t,
      Map<String, String> words,
      ElectionDefinition e,
      Contest contest,
      String contestKey,
      Dapil dapil,
      List<RecapRow> columns,
      Tally total) {
    DHasilRows r = new DHasilRows(t, words, columns, total);
    r.counts("row.tps.expected", RecapRow::expected, FormTable.Kind.DATA);
    r.counts("row.tps.received", RecapRow::received, FormTable.Kind.DATA);
    r.section("section.i");
    r.sexRows("row.i.a", DPT_L, DPT_P, DPT);
    r.sexRows("row.i.b1", USERS_DPT_L, USERS_DPT_P, USERS_DPT);
    r.sexRows("row.i.b2", USERS_DPTB_L, USERS_DPTB_P, USERS_DPTB);
    r.sexRows("row.i.b3", USERS_DPK_L, USERS_DPK_P, USERS_DPK);
    r.sexRows("row.i.b4", USERS_L, USERS_P, USERS);
    r.section("section.ii");
    r.keep++;
    r.admin("row.ii.1", BALLOTS_RECEIVED, FormTable.Kind.DATA);
    r.admin("row.ii.2", BALLOTS_USED, FormTable.Kind.DATA);
    r.admin("row.ii.3", BALLOTS_RETURNED, FormTable.Kind.DATA);
    r.admin("row.ii.4", BALLOTS_UNUSED, FormTable.Kind.DATA);
    r.section("section.iii");
    r.sexRows("row.iii", DISABLED_L, DISABLED_P, DISABLED);
    String iv = t.fill("section.iv." + contestKey, words);
    List<String> numbers = new ArrayList<>();
    if (contest.shape() == Shape.CANDIDATES) {
      if (contest.candidates().stream().anyMatch(DHasilRows::isEmptyColumn)) {
        iv = t.format("section.iv.emptyColumn", iv);
      }
      r.sectionText(iv);
      r.keep++;
      for (Candidate c : contest.candidates()) {
        numbers.add(Integer.toString(c.number()));
        r.values(
            Integer.toString(c.number()),
            candidateName(t, c),
            FormTable.Kind.DATA,
            x -> x.votes(VoteKey.candidate(c.number())),
            x -> x.reportedVotes(VoteKey.candidate(c.number())));
      }
    } else {
      r.sectionText(iv);
      for (PartyList l : dapil.lists()) {
        numbers.add(Integer.toString(l.party()));
        r.party(e, l);
      }
    }
    r.section("section.v");
    r.keep++;
    words = new java.util.HashMap<>(words);
    words.put("formula", formula(t, numbers));
    r.admin(split(t.fill("row.v.a", words)), VALID, FormTable.Kind.TOTAL);
    r.admin("row.v.b", INVALID, FormTable.Kind.DATA);
    r.admin("row.v.c", TOTAL, FormTable.Kind.TOTAL);
    return r.rows;
  }

  /** The empty column of a single-pair contest (§11.2), as the election decides it. */
  static boolean isEmptyColumn(Candidate c) {
    return c.emptyColumn();
  }

  /** The name printed for a candidate or pair: the empty column in the official words. */
  static String candidateName(FormTexts t, Candidate c) {
    return isEmptyColumn(c) ? t.get("candidate.emptyColumn") : c.name();
  }

  /** V.A's formula: "IV.1 + IV.2 + IV.3", or with an ellipsis for long ballots. */
  static String formula(FormTexts t, List<String> numbers) {
    if (numbers.isEmpty()) {
      return "IV";
    }
    if (numbers.size() <= 4) {
      return String.join(" + ", numbers.stream().map(n -> "IV." + n).toList());
    }
    return t.format("row.v.formula.few", numbers.get(0), numbers.get(1), numbers.getLast());
  }

  /** Per party: its name, the party-only votes, one row per caleg, and the party's total. */
  private void party(ElectionDefinition e, PartyList l) {
    int p = l.party();
    keep++;
    String name = e.party(p).map(Party::name).orElse("");
    text(FormTable.Kind.SUBHEAD, "IV." + p, name, null);
    values(
        "",
        t.get("row.iv.partyOnly"),
        FormTable.Kind.DATA,
        x -> x.votes(VoteKey.partyOnly(p)),
        x -> x.reportedVotes(VoteKey.partyOnly(p)));
    for (Candidate c : l.candidates()) {
      values(
          p + "." + c.number(),
          c.name(),
          FormTable.Kind.DATA,
          x -> x.votes(VoteKey.partyCandidate(p, c.number())),
          x -> x.reportedVotes(VoteKey.partyCandidate(p, c.number())));
    }
    values(
        "",
        t.format("row.iv.partyTotal", p),
        FormTable.Kind.TOTAL,
        x -> x.votes(VoteKey.partyTotal(p)),
        x -> x.reportedVotes(VoteKey.partyTotal(p)));
  }

  private void counts(String key, ToIntFunction<RecapRow> count, FormTable.Kind kind) {
    String[] nl = split(t.get(key));
    List<Object> cells = start(nl[0], nl[1], null);
    long sum = 0;
    for (RecapRow r : columns) {
      cells.add((long) count.applyAsInt(r));
      sum += count.applyAsInt(r);
    }
    cells.add(sum);
    rows.add(new FormTable.Row(kind, cells, 0));
  }

  private void section(String key) {
    String[] nl = split(t.fill(key, words));
    text(FormTable.Kind.SECTION, nl[0], nl[1], null);
  }

  private void sectionText(String numbered) {
    String[] nl = split(numbered);
    text(FormTable.Kind.SECTION, nl[0], nl[1], null);
  }

  /** L, P and L+P under one label spanning the three rows. */
  private void sexRows(String key, AdminField l, AdminField p, AdminField both) {
    String[] nl = split(t.fill(key, words));
    keep++;
    adminRow(nl[0], nl[1], t.get("row.l"), l, FormTable.Kind.DATA);
    adminRow(null, null, t.get("row.p"), p, FormTable.Kind.DATA);
    adminRow(null, null, t.get("row.lp"), both, FormTable.Kind.TOTAL);
  }

  private void admin(String key, AdminField f, FormTable.Kind kind) {
    admin(split(t.fill(key, words)), f, kind);
  }

  private void admin(String[] nl, AdminField f, FormTable.Kind kind) {
    adminRow(nl[0], nl[1], null, f, kind);
  }

  private void adminRow(String no, String label, String sex, AdminField f, FormTable.Kind kind) {
    List<Object> cells = start(no, label, sex);
    for (RecapRow c : columns) {
      cells.add(cell(c.tally(), x -> x.admin(f), x -> x.reported(f)));
    }
    cells.add(cell(total, x -> x.admin(f), x -> x.reported(f)));
    rows.add(new FormTable.Row(kind, cells, keep));
  }

  private void values(
      String no,
      String label,
      FormTable.Kind kind,
      java.util.function.Function<Tally, Long> value,
      ToIntFunction<Tally> reported) {
    List<Object> cells = start(no, label, null);
    for (RecapRow c : columns) {
      cells.add(cell(c.tally(), value, reported));
    }
    cells.add(cell(total, value, reported));
    rows.add(new FormTable.Row(kind, cells, keep));
  }

  /** Complete, partial (not every received TPS reported it) or null (none did). */
  static Object cell(
      Tally tally, java.util.function.Function<Tally, Long> value, ToIntFunction<Tally> reported) {
    Long v = value.apply(tally);
    if (v == null) {
      return null;
    }
    return reported.applyAsInt(tally) < tally.results() ? new FormTable.Partial(v) : v;
  }

  private void text(FormTable.Kind kind, String no, String label, String sex) {
    List<Object> cells = start(no, label, sex);
    for (int i = 0; i <= columns.size(); i++) {
      cells.add(null);
    }
    rows.add(new FormTable.Row(kind, cells, kind == FormTable.Kind.SUBHEAD ? keep : 0));
  }

  private List<Object> start(String no, String label, String sex) {
    List<Object> cells = new ArrayList<>(columns.size() + FROZEN + 1);
    cells.add(no);
    cells.add(label);
    cells.add(sex);
    return cells;
  }

  /** Texts of numbered rows are "number|label" so both stay data. */
  static String[] split(String v) {
    int bar = v.indexOf('|');
    return bar < 0
        ? new String[] {"", v}
        : new String[] {v.substring(0, bar), v.substring(bar + 1)};
  }
}
