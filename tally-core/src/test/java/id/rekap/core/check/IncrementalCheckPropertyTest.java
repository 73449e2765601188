package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine's incremental updates are an optimisation only: after any sequence of updates (new
 * results, changed results, a keyed source arriving over Sirekap or beneath it, results of other
 * ballots of the same TPS, results for TPS a ballot is not voted at), its findings are exactly
 * those of a fresh engine loaded with the final data. Checked after every single update, so a
 * failure names the update that broke it.
 */
class IncrementalCheckPropertyTest {
  private static final ContestCode[] CONTESTS = {
    ContestCode.PPWP, ContestCode.PDPR, ContestCode.PDPD
  };
  private static final Source[] SOURCES = {Source.SIREKAP, Source.CHASIL, Source.SALINAN};

  @Test
  void updatesOneByOneEqualAFullLoadOfTheFinalData() {
    Random random = new Random(27_11_2024);
    for (int round = 0; round < 50; round++) {
      RandomElection e = new RandomElection(random, false);
      Map<String, Severity> overrides =
          random.nextBoolean() ? Map.of() : Map.of("R7", Severity.ERROR, "R17", Severity.WARNING);
      CheckEngine incremental = new CheckEngine(e.election, e.tree, overrides);
      Map<List<Object>, TpsResult> data = new LinkedHashMap<>();
      // start from some data loaded at once, or from nothing
      if (random.nextBoolean()) {
        for (int i = 0; i < e.tps.size(); i++) {
          TpsResult r = next(random, e, data);
          data.put(key(r), r);
        }
      }
      incremental.load(data.values());
      for (int step = 0; step < 30; step++) {
        TpsResult r = next(random, e, data);
        data.put(key(r), r);
        incremental.update(r);
        CheckEngine full = new CheckEngine(e.election, e.tree, overrides);
        full.load(new ArrayList<>(data.values()));
        String context =
            "round "
                + round
                + ", step "
                + step
                + ": "
                + r.contest()
                + " "
                + r.tps()
                + " "
                + r.source();
        List<Finding> got = incremental.findings();
        List<Finding> want = full.findings();
        if (!got.equals(want)) {
          // what is missing and what is extra, rather than two long lists
          assertThat(got).as(context).containsExactlyElementsOf(want);
        }
        assertThat(got).as(context).isEqualTo(want);
        assertThat(got).extracting(Finding::rule).as(context).doesNotContain("R16");
      }
    }
  }

  @Test
  void consistentUpdatesNeverMakeTheSumsDrift() {
    // the same with consistent data only: whatever arrives in whatever order, no R16 and no ERROR
    Random random = new Random(14_02_2024);
    for (int round = 0; round < 30; round++) {
      RandomElection e = new RandomElection(random, true);
      CheckEngine engine = new CheckEngine(e.election, e.tree, Map.of());
      engine.load(List.of());
      Map<TpsCode, Map<AdminField, Integer>> voters = new HashMap<>();
      List<TpsResult> arrivals = new ArrayList<>();
      for (TpsCode t : e.tps) {
        voters.put(t, e.voters());
        for (ContestCode c : CONTESTS) {
          arrivals.add(e.consistent(t, c, Source.SIREKAP, voters.get(t)));
          if (random.nextBoolean()) {
            arrivals.add(e.consistent(t, c, Source.CHASIL, voters.get(t)));
          }
        }
      }
      java.util.Collections.shuffle(arrivals, random);
      for (TpsResult r : arrivals) {
        engine.update(r);
        assertThat(engine.findings())
            .extracting(Finding::rule)
            .as("round %d after %s %s %s", round, r.contest(), r.tps(), r.source())
            .doesNotContain("R16");
      }
      // every TPS is in now: the keyed and the Sirekap numbers may differ (R19), nothing is wrong
      assertThat(engine.findings())
          .filteredOn(f -> f.severity() == Severity.ERROR)
          .as("round %d", round)
          .isEmpty();
    }
  }

  /**
   * The next arriving result: mostly a new or changed result of a TPS in the tree, sometimes a
   * keyed form over Sirekap's or the same numbers again, sometimes for a TPS the ballot is not
   * voted at (which both engines must ignore the same way).
   */
  private static TpsResult next(
      Random random, RandomElection e, Map<List<Object>, TpsResult> data) {
    if (!data.isEmpty() && random.nextInt(10) == 0) {
      List<TpsResult> known = new ArrayList<>(data.values());
      return known.get(random.nextInt(known.size())); // the same numbers again
    }
    TpsCode t = e.tps.get(random.nextInt(e.tps.size()));
    ContestCode c = CONTESTS[random.nextInt(CONTESTS.length)];
    Source s = SOURCES[random.nextInt(SOURCES.length)];
    if (random.nextInt(3) == 0) {
      return e.consistent(t, c, s, e.voters());
    }
    return e.arbitrary(t, c, s);
  }

  private static List<Object> key(TpsResult r) {
    return List.of(r.tps(), r.contest(), r.source());
  }
}
