package id.rekap.core.entry;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The plenary's work queue of one ballot and one keyed source: the state of every TPS of the ballot
 * (not keyed yet, awaiting its second entry, a mismatch, counted, adopted). Built from four queries
 * (the keyings pending, the digests of the counted forms, the TPS with any result, the adoptions),
 * never from the results themselves, so it stays quick for a whole Kabupaten Bogor (15,228 TPS). A
 * query: writes nothing.
 */
public final class WorkQueue {
  private final Transactions tx;
  private final KeyingRepository keyings;
  private final ResultRepository results;
  private final AdoptionRepository adoptions;
  private final Supplier<RegionTree> tree;

  public WorkQueue(
      Transactions tx,
      KeyingRepository keyings,
      ResultRepository results,
      AdoptionRepository adoptions,
      Supplier<RegionTree> tree) {
    this.tx = tx;
    this.keyings = keyings;
    this.results = results;
    this.adoptions = adoptions;
    this.tree = tree;
  }

  /**
   * The queue of a ballot's keyed source now.
   *
   * @param withErrors the TPS codes with an unresolved ERROR finding in this ballot (the caller has
   *     the checks at hand; the queue does not run them again)
   */
  public TpsQueue of(Contest contest, Source source, Set<String> withErrors) {
    return tx.inTransaction(
        () -> {
          Map<TpsCode, TpsQueue.Entry> state = new TreeMap<>();
          Set<TpsCode> counted = results.digests(contest.code(), source).keySet();
          Set<TpsCode> anyResult = results.receivedTps(contest.code());
          Set<String> adopted = new HashSet<>();
          for (var a : adoptions.all()) {
            if (a.contest() == contest.code() && a.inForce()) {
              adopted.add(a.code());
            }
          }
          Map<TpsCode, Keying> first = new HashMap<>();
          Set<TpsCode> mismatch = new HashSet<>();
          for (Keying k : keyings.all()) {
            if (k.values().contest() != contest.code() || k.values().source() != source) {
              continue;
            }
            if (k.round() == 1) {
              first.put(k.values().tps(), k);
            } else {
              mismatch.add(k.values().tps());
            }
          }
          for (var t : tree.get().allTps()) {
            TpsCode code = t.code();
            if (!contest.appliesTo(code)) {
              continue;
            }
            TpsQueue.State s;
            if (isAdopted(code, adopted)) {
              s = TpsQueue.State.ADOPTED;
            } else if (counted.contains(code)) {
              s = TpsQueue.State.COUNTED;
            } else if (mismatch.contains(code)) {
              s = TpsQueue.State.MISMATCH;
            } else if (first.containsKey(code)) {
              s = TpsQueue.State.AWAITING_SECOND;
            } else {
              s = TpsQueue.State.NOT_KEYED;
            }
            Keying k = first.get(code);
            state.put(
                code,
                new TpsQueue.Entry(
                    code,
                    s,
                    withErrors.contains(code.value()),
                    anyResult.contains(code),
                    k == null ? null : k.user()));
          }
          return new TpsQueue(state);
        });
  }

  /** Adopted itself, or inside a region (desa, kecamatan) adopted as a whole. */
  private static boolean isAdopted(TpsCode code, Set<String> adopted) {
    if (adopted.isEmpty()) {
      return false;
    }
    String v = code.value();
    for (int len : new int[] {v.length(), 10, 6, 4, 2}) {
      if (adopted.contains(v.substring(0, len))) {
        return true;
      }
    }
    return false;
  }
}
