package id.rekap.app.gui.recap;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vote columns of a contest's recap: one per candidate (pair), or one per party (its total as
 * written) with the party's party-only and caleg cells as sub-columns when the party is expanded.
 */
public final class RecapColumns {
  /** A vote column: header and vote key; {@code parts} for an expanded party. */
  public record Column(String header, String tooltip, int key, List<Column> parts) {}

  private RecapColumns() {}

  public static List<Column> of(ElectionDefinition election, Contest contest, int expandedParty) {
    List<Column> out = new ArrayList<>();
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        out.add(
            new Column(
                "(" + c.number() + ") " + c.name(),
                c.name(),
                VoteKey.candidate(c.number()),
                List.of()));
      }
      return out;
    }
    for (var party : partyCandidates(contest).entrySet()) {
      int p = party.getKey();
      String abbr = election.party(p).map(x -> x.abbr()).orElse(String.valueOf(p));
      List<Column> parts = new ArrayList<>();
      if (p == expandedParty) {
        parts.add(new Column("P", abbr, VoteKey.partyOnly(p), List.of()));
        for (Candidate c : party.getValue().values()) {
          parts.add(
              new Column(
                  String.valueOf(c.number()),
                  c.name(),
                  VoteKey.partyCandidate(p, c.number()),
                  List.of()));
        }
        parts.add(new Column("Σ", abbr, VoteKey.partyTotal(p), List.of()));
      }
      out.add(new Column(p + " " + abbr, abbr, VoteKey.partyTotal(p), parts));
    }
    return out;
  }

  /** Parties of the contest (over all dapils) with their candidates by number. */
  public static Map<Integer, Map<Integer, Candidate>> partyCandidates(Contest contest) {
    Map<Integer, Map<Integer, Candidate>> out = new TreeMap<>();
    for (Dapil d : contest.dapils()) {
      for (PartyList l : d.lists()) {
        var byNumber = out.computeIfAbsent(l.party(), x -> new TreeMap<>());
        l.candidates().forEach(c -> byNumber.putIfAbsent(c.number(), c));
      }
    }
    return out;
  }
}
