package id.rekap.core.bench;

import id.rekap.core.check.CheckEngine;
import id.rekap.core.election.Contest;
import id.rekap.core.region.Tps;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import id.rekap.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The live-check target of the rule-engine issue: one TPS changes (a keyed C.Hasil arrives with a
 * different number) and its findings and its ancestors' are up to date. Times {@link
 * CheckEngine#update} for many random TPS of every contest.
 */
final class CheckTiming {
  static final int UPDATES = 300;

  private CheckTiming() {}

  /** Milliseconds per update, sorted. */
  static double[] updates(Workspace ws, CheckEngine engine, long seed) {
    Random random = new Random(seed);
    List<Tps> tps = new ArrayList<>(ws.regionTree().allTps());
    List<Contest> contests = ws.election().contests();
    double[] ms = new double[UPDATES];
    for (int i = 0; i < UPDATES; i++) {
      Contest contest = contests.get(i % contests.size());
      Tps t = tps.get(random.nextInt(tps.size()));
      TpsResult keyed = keyed(t, contest, random);
      long start = System.nanoTime();
      engine.update(keyed);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  /** A keyed plano result with one number off by one, so findings really change. */
  private static TpsResult keyed(Tps t, Contest contest, Random random) {
    var admin = new java.util.EnumMap<AdminField, Integer>(AdminField.class);
    admin.put(AdminField.DPT, 250);
    admin.put(AdminField.USERS, 200);
    admin.put(AdminField.VALID, 190 + random.nextInt(3));
    admin.put(AdminField.INVALID, 10);
    admin.put(AdminField.TOTAL, 200);
    return new TpsResult(
        t.code(),
        contest.code(),
        Source.CHASIL,
        contest.dapilOf(t.code()).map(d -> d.code()).orElse(null),
        AdminBlock.of(admin),
        Votes.empty());
  }
}
