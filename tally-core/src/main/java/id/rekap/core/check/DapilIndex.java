package id.rekap.core.check;

import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.result.VoteKey;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parties and caleg of one dapil as bit sets: R14 asks "is this cell on the dapil's ballot?"
 * for every cell of every party-list TPS, millions of times per kabupaten. The check engine builds
 * one per dapil and reuses it (see {@link Report#dapilIndex}).
 */
final class DapilIndex {
  private final BitSet parties = new BitSet();
  private final BitSet candidates = new BitSet();
  private final BitSet acehLocal = new BitSet();

  DapilIndex(ElectionDefinition election, Dapil dapil) {
    for (PartyList list : dapil.lists()) {
      parties.set(list.party());
      list.candidates()
          .forEach(c -> candidates.set(VoteKey.partyCandidate(list.party(), c.number())));
    }
    for (Party p : election.parties()) {
      if (p.acehLocal()) {
        acehLocal.set(p.number());
      }
    }
  }

  /** A cache for one election: contest and dapil code name a dapil within it. */
  static java.util.function.BiFunction<Contest, Dapil, DapilIndex> cache(
      ElectionDefinition election) {
    Map<String, DapilIndex> cache = new ConcurrentHashMap<>();
    return (contest, dapil) ->
        cache.computeIfAbsent(
            contest.code().id() + "|" + dapil.code(), k -> new DapilIndex(election, dapil));
  }

  boolean hasParty(int party) {
    return parties.get(party);
  }

  boolean hasCandidate(int key) {
    return candidates.get(key);
  }

  boolean isAcehLocal(int party) {
    return acehLocal.get(party);
  }
}
