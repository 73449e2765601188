package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Two properties of the whole catalogue on random data (seeded, so a failure replays):
 *
 * <ol>
 *   <li>a consistent data set (every identity true, every count under the caps, every TPS in) has
 *       no ERROR at any level, whatever mix of keyed and Sirekap forms and ballot shapes;
 *   <li>changing any single number of the adopted result of one TPS gives an ERROR at that TPS, and
 *       at every region above it whose sums include that number.
 * </ol>
 *
 * <p>Why every single change must be an error: each of the 25 admin fields and every vote cell
 * takes part, with coefficient ±1, in at least one ERROR identity that the consistent data
 * satisfies, so changing that one number by any amount breaks it: DPT L/P/L+P (R4, DPT row), DPT
 * DPTb and DPK voters L/P/L+P (R3 and R4), all voters L/P/L+P (R3, R4, R5), ballots received, used,
 * returned, unused (R6; used also R5), disabled L/P/L+P (R4, block III row), valid, invalid, total
 * (R2; valid also R1, total R5), a pair's or a candidate's votes (R1), a party-only or caleg cell
 * (R1 and R13), a written party total (R13). The changes deliberately left out, by design:
 *
 * <ul>
 *   <li>a number made unread (null): missing is not wrong, it is R21, a WARNING;
 *   <li>a number of block II or III "added" to a Sirekap result: Sirekap does not publish those
 *       blocks, so the rules ignore them (blocks a source does not carry are skipped silently);
 *   <li>a change in a source that is not adopted (Sirekap beneath a keyed form): the adopted
 *       numbers are still consistent, the other source's difference is R19, a WARNING (checked
 *       below);
 *   <li>DPTb voters differing between the ballots of one TPS: allowed (voters who moved dapil get
 *       fewer ballots), and any voter-block difference between ballots is R15, a WARNING anyway.
 * </ul>
 *
 * No field is checked only at a region: the region rules R1–R6 and R13 are the TPS identities
 * summed, so a changed number shows at the TPS and, through the sums, at each region above it where
 * every received TPS reports that number (a region mixing keyed and Sirekap forms has no sum of the
 * ballot block to check).
 */
class ConsistentDataPropertyTest {
  private static final ContestCode[] CONTESTS = {
    ContestCode.PPWP, ContestCode.PDPR, ContestCode.PDPD
  };

  @Test
  void consistentDataHasNoErrorAndEverySingleChangeIsAnError() {
    Random random = new Random(17_081_945);
    int flips = 0;
    for (int round = 0; round < 40; round++) {
      RandomElection e = new RandomElection(random, true);
      Map<Key, TpsResult> adopted = new HashMap<>();
      List<TpsResult> all = new ArrayList<>();
      for (TpsCode t : e.tps) {
        Map<AdminField, Integer> voters = e.voters();
        for (ContestCode c : CONTESTS) {
          Source source = random.nextBoolean() ? Source.CHASIL : Source.SIREKAP;
          TpsResult r = e.consistent(t, c, source, voters);
          adopted.put(new Key(t, c), r);
          all.add(r);
          if (source == Source.CHASIL && random.nextInt(3) == 0) {
            // Sirekap read the same form correctly: no difference, no finding
            all.add(sameFromSirekap(r));
          }
        }
      }
      CheckEngine engine = new CheckEngine(e.election, e.tree, Map.of());
      engine.load(all);
      String context = "round " + round;
      assertThat(errors(engine.findings())).as(context).isEmpty();

      for (int i = 0; i < 30; i++, flips++) {
        TpsCode t = e.tps.get(random.nextInt(e.tps.size()));
        ContestCode c = CONTESTS[random.nextInt(CONTESTS.length)];
        TpsResult original = adopted.get(new Key(t, c));
        Flip flip = flip(random, original);
        String what = context + ", " + c + " " + t + " " + flip.field;
        engine.update(flip.result);
        List<Finding> errors = errors(engine.findingsAt(t.value()));
        assertThat(errors)
            .as(what)
            .anySatisfy(
                f -> {
                  assertThat(f.contest()).isEqualTo(c);
                  assertThat(f.level()).isEqualTo(RecapLevel.TPS);
                });
        for (RegionLevel level :
            List.of(RegionLevel.DESA, RegionLevel.KECAMATAN, RegionLevel.KABKOTA)) {
          String region = t.at(level).value();
          if (reportedByAll(adopted, c, region, flip)) {
            assertThat(errors(engine.findingsAt(region)))
                .as("%s, region %s", what, region)
                .anySatisfy(f -> assertThat(f.contest()).isEqualTo(c));
          }
        }
        engine.update(original);
        assertThat(errors(engine.findings())).as("%s undone", what).isEmpty();
      }
    }
    assertThat(flips).isEqualTo(1200);
  }

  @Test
  void aDifferentNumberInASourceThatIsNotAdoptedIsOnlyAWarning() {
    Random random = new Random(2024);
    for (int round = 0; round < 20; round++) {
      RandomElection e = new RandomElection(random, true);
      List<TpsResult> all = new ArrayList<>();
      List<TpsResult> keyed = new ArrayList<>();
      for (TpsCode t : e.tps) {
        Map<AdminField, Integer> voters = e.voters();
        for (ContestCode c : CONTESTS) {
          TpsResult r = e.consistent(t, c, Source.CHASIL, voters);
          all.add(r);
          keyed.add(r);
        }
      }
      CheckEngine engine = new CheckEngine(e.election, e.tree, Map.of());
      engine.load(all);
      for (int i = 0; i < 10; i++) {
        TpsResult r = keyed.get(random.nextInt(keyed.size()));
        Flip flip = flip(random, sameFromSirekap(r));
        engine.update(flip.result);
        List<Finding> at = engine.findingsAt(r.tps().value());
        assertThat(errors(engine.findings())).as("round %d, %s", round, flip.field).isEmpty();
        if (!flip.field.startsWith("ballots") && !flip.field.startsWith("disabled")) {
          assertThat(at).extracting(Finding::rule).as(flip.field).contains("R19");
        }
      }
    }
  }

  private record Key(TpsCode tps, ContestCode contest) {}

  private record Flip(TpsResult result, String field, AdminField admin, Integer voteKey) {}

  /**
   * One number of the result changed: an admin field the result has or one of its vote cells, by a
   * small step (the usual misreading) or to any 3-digit number.
   */
  private static Flip flip(Random random, TpsResult r) {
    List<AdminField> fields = new ArrayList<>();
    for (AdminField f : AdminField.values()) {
      if (r.admin().get(f) != null) {
        fields.add(f);
      }
    }
    List<Integer> cells = new ArrayList<>(r.votes().asMap().keySet());
    int pick = random.nextInt(fields.size() + cells.size());
    if (pick < fields.size()) {
      AdminField f = fields.get(pick);
      int v = changed(random, r.admin().get(f));
      return new Flip(
          new TpsResult(
              r.tps(), r.contest(), r.source(), r.dapil(), r.admin().with(f, v), r.votes()),
          f.jsonKey(),
          f,
          null);
    }
    int key = cells.get(pick - fields.size());
    Map<Integer, Integer> votes = new TreeMap<>(r.votes().asMap());
    votes.put(key, changed(random, votes.get(key)));
    return new Flip(
        new TpsResult(r.tps(), r.contest(), r.source(), r.dapil(), r.admin(), Votes.of(votes)),
        VoteLabel.of(key),
        null,
        key);
  }

  private static int changed(Random random, int old) {
    int v;
    do {
      v = random.nextInt(4) == 0 ? random.nextInt(1000) : old + random.nextInt(11) - 5;
    } while (v < 0 || v == old);
    return v;
  }

  /** Whether every TPS of the region has the changed number in its adopted result. */
  private static boolean reportedByAll(
      Map<Key, TpsResult> adopted, ContestCode c, String region, Flip flip) {
    for (var e : adopted.entrySet()) {
      if (e.getKey().contest() != c || !e.getKey().tps().value().startsWith(region)) {
        continue;
      }
      TpsResult r = e.getValue();
      if (flip.admin != null && r.admin().get(flip.admin) == null) {
        return false;
      }
    }
    return true;
  }

  /** The same numbers as Sirekap publishes them (blocks I, IV and V). */
  private static TpsResult sameFromSirekap(TpsResult r) {
    AdminBlock admin = r.admin();
    for (AdminField f : AdminField.values()) {
      if (!id.rekap.core.result.Block.of(f).carriedBy(Source.SIREKAP)) {
        admin = admin.with(f, null);
      }
    }
    return new TpsResult(r.tps(), r.contest(), Source.SIREKAP, r.dapil(), admin, r.votes());
  }

  private static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }
}
