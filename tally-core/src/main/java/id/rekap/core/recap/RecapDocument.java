package id.rekap.core.recap;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The recap as the ordered JSON tree of docs/contract.md §5 ({@code rekap-recap/1}). The {@code
 * admin} object holds exactly the contract's keys; the other C.Hasil fields are an extension under
 * {@code detail}, and party-list rows also name their {@code dapils}.
 */
public final class RecapDocument {
  public static final String FORMAT = "rekap-recap/1";

  private static final List<AdminField> ADMIN =
      List.of(
          AdminField.DPT,
          AdminField.DPT_L,
          AdminField.DPT_P,
          AdminField.USERS,
          AdminField.USERS_L,
          AdminField.USERS_P,
          AdminField.USERS_DPT,
          AdminField.USERS_DPTB,
          AdminField.USERS_DPK);
  private static final List<AdminField> DETAIL =
      List.of(
          AdminField.USERS_DPT_L,
          AdminField.USERS_DPT_P,
          AdminField.USERS_DPTB_L,
          AdminField.USERS_DPTB_P,
          AdminField.USERS_DPK_L,
          AdminField.USERS_DPK_P,
          AdminField.BALLOTS_RECEIVED,
          AdminField.BALLOTS_USED,
          AdminField.BALLOTS_RETURNED,
          AdminField.BALLOTS_UNUSED,
          AdminField.DISABLED,
          AdminField.DISABLED_L,
          AdminField.DISABLED_P);

  private RecapDocument() {}

  public static Map<String, Object> of(Contest contest, RecapLevel level, List<RecapRow> rows) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("contest", contest.code().id());
    doc.put("level", level.id());
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (RecapRow row : rows) {
      out.add(row(contest, row));
    }
    doc.put("rows", out);
    emptyColumn(contest, rows).ifPresent(e -> doc.put("emptyColumn", e));
    return doc;
  }

  /**
   * For a single-pair contest: the empty column's number and the rows where it leads (an extension
   * of the contract, so a reader need not compare the choices itself).
   */
  private static java.util.Optional<Map<String, Object>> emptyColumn(
      Contest contest, List<RecapRow> rows) {
    return contest
        .emptyColumn()
        .map(
            c -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("number", c.number());
              m.put(
                  "leadsIn",
                  rows.stream()
                      .filter(
                          r ->
                              EmptyColumnStanding.of(contest, r.tally())
                                  .map(EmptyColumnStanding::leads)
                                  .orElse(false))
                      .map(RecapRow::code)
                      .toList());
              return m;
            });
  }

  static Map<String, Object> row(Contest contest, RecapRow row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", row.code());
    m.put("name", row.name());
    Map<String, Object> tps = new LinkedHashMap<>();
    tps.put("expected", row.expected());
    tps.put("received", row.received());
    m.put("tps", tps);
    if (contest.shape() == Shape.PARTY_LISTS) {
      m.put("dapils", new ArrayList<>(new TreeSet<>(row.dapils())));
    }
    m.put(
        "choices",
        contest.shape() == Shape.CANDIDATES
            ? candidates(contest, row.tally())
            : parties(contest, row));
    m.put("valid", row.tally().admin(AdminField.VALID));
    m.put("invalid", row.tally().admin(AdminField.INVALID));
    m.put("total", row.tally().admin(AdminField.TOTAL));
    m.put("admin", fields(ADMIN, row.tally()));
    m.put("detail", fields(DETAIL, row.tally()));
    return m;
  }

  private static Map<String, Object> fields(List<AdminField> fields, Tally tally) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (AdminField f : fields) {
      m.put(f.jsonKey(), tally.admin(f));
    }
    return m;
  }

  private static Map<String, Object> candidates(Contest contest, Tally tally) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Candidate c : contest.candidates()) {
      m.put(Integer.toString(c.number()), tally.votes(VoteKey.candidate(c.number())));
    }
    return m;
  }

  /**
   * Parties of the row's dapil(s) in ballot order. Caleg numbers only mean one person within one
   * dapil, so per-caleg sums are listed only for rows inside a single dapil.
   */
  private static Map<String, Object> parties(Contest contest, RecapRow row) {
    Map<Integer, List<Candidate>> lists = new TreeMap<>();
    for (String code : new TreeSet<>(row.dapils())) {
      Dapil d = contest.dapil(code).orElseThrow();
      for (PartyList l : d.lists()) {
        lists.merge(l.party(), row.dapils().size() == 1 ? l.candidates() : List.of(), (a, b) -> a);
      }
    }
    Tally tally = row.tally();
    Map<String, Object> m = new LinkedHashMap<>();
    lists.forEach(
        (party, candidates) -> {
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("total", tally.votes(VoteKey.partyTotal(party)));
          p.put("partyOnly", tally.votes(VoteKey.partyOnly(party)));
          Map<String, Object> cs = new LinkedHashMap<>();
          for (Candidate c : candidates) {
            cs.put(
                Integer.toString(c.number()),
                tally.votes(VoteKey.partyCandidate(party, c.number())));
          }
          p.put("candidates", cs);
          m.put(Integer.toString(party), p);
        });
    return m;
  }
}
