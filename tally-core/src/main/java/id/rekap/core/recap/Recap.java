package id.rekap.core.recap;

import id.rekap.core.election.Contest;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tiered recap as a pure function: adopted TPS results in, one row per region of the asked
 * level out. Every row is computed from the TPS beneath it, so each level equals the sum of the
 * level below by construction.
 */
public final class Recap {
  private Recap() {}

  /**
   * @param adopted at most one result per TPS (see {@link Adoption}); results of TPS outside the
   *     tree or the contest are ignored
   */
  public static List<RecapRow> compute(
      Contest contest, RegionTree tree, RecapLevel level, Collection<TpsResult> adopted) {
    Map<TpsCode, TpsResult> byTps = new HashMap<>();
    for (TpsResult r : adopted) {
      if (r.contest() == contest.code()) {
        byTps.put(r.tps(), r);
      }
    }
    List<RecapRow> rows = new ArrayList<>();
    if (level == RecapLevel.TPS) {
      for (Tps t : tree.allTps()) {
        if (contest.appliesTo(t.code())) {
          rows.add(row(t.code().value(), t.name(), List.of(t), contest, byTps));
        }
      }
      return rows;
    }
    for (Region region : tree.regionsAt(level.regionLevel().orElseThrow())) {
      List<Tps> expected =
          tree.tpsUnder(region.code()).stream().filter(t -> contest.appliesTo(t.code())).toList();
      rows.add(row(region.code().value(), region.name(), expected, contest, byTps));
    }
    return rows;
  }

  private static RecapRow row(
      String code,
      String name,
      List<Tps> expected,
      Contest contest,
      Map<TpsCode, TpsResult> byTps) {
    Tally tally = new Tally();
    Set<String> dapils = new HashSet<>();
    int received = 0;
    for (Tps t : expected) {
      contest.dapilOf(t.code()).ifPresent(d -> dapils.add(d.code()));
      TpsResult r = byTps.get(t.code());
      if (r != null) {
        tally.add(r);
        received++;
      }
    }
    return new RecapRow(code, name, expected.size(), received, tally, dapils);
  }
}
