package id.rekap.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The tiered recap's defining invariant, on random regions and results: every row at every level
 * equals the sum of the rows of the level below (null-aware: a field is null only when no child
 * reported it), TPS rows equal the TPS's own result, and expected/received counts add up too.
 */
class RecapSumPropertyTest {
  private static final String KAB = "9901";

  @Test
  void everyLevelIsTheSumOfTheLevelBelow() {
    Random random = new Random(1945);
    for (int round = 0; round < 150; round++) {
      List<Region> regions = new ArrayList<>();
      List<Tps> tps = new ArrayList<>();
      tree(random, regions, tps);
      RegionTree tree = new RegionTree(new RegionCode(KAB), regions, tps);
      Contest contest = random.nextBoolean() ? candidates(random) : partyLists(random, regions);
      List<TpsResult> results = results(random, contest, tps);
      String context = "round " + round + ", " + contest.shape() + " scope " + contest.scope();

      List<RecapRow> tpsRows = Recap.compute(contest, tree, RecapLevel.TPS, results);
      Map<TpsCode, TpsResult> byTps = new HashMap<>();
      results.forEach(r -> byTps.put(r.tps(), r));
      for (RecapRow row : tpsRows) {
        TpsCode code = new TpsCode(row.code());
        assertThat(contest.appliesTo(code)).isTrue();
        assertThat(row.expected()).isEqualTo(1);
        TpsResult r = byTps.get(code);
        assertThat(row.received()).isEqualTo(r == null ? 0 : 1);
        assertThat(values(row.tally())).as(context).isEqualTo(values(single(r)));
      }
      List<RecapRow> below = tpsRows;
      for (RecapLevel level : List.of(RecapLevel.DESA, RecapLevel.KECAMATAN, RecapLevel.KABKOTA)) {
        List<RecapRow> rows = Recap.compute(contest, tree, level, results);
        int childCount = 0;
        for (RecapRow row : rows) {
          List<RecapRow> children =
              below.stream().filter(c -> c.code().startsWith(row.code())).toList();
          childCount += children.size();
          assertThat(values(row.tally()))
              .as("%s, %s %s", context, level, row.code())
              .isEqualTo(sum(children));
          assertThat(row.expected())
              .isEqualTo(children.stream().mapToInt(RecapRow::expected).sum());
          assertThat(row.received())
              .isEqualTo(children.stream().mapToInt(RecapRow::received).sum());
        }
        // every row below belongs to exactly one row above
        assertThat(childCount).as("%s, %s", context, level).isEqualTo(below.size());
        below = rows;
      }
    }
  }

  /** A kab/kota with 1..3 kecamatan of 1..4 desa of 1..6 TPS; some regions left unnamed. */
  private static void tree(Random random, List<Region> regions, List<Tps> tps) {
    regions.add(new Region(new RegionCode(KAB), "KAB UJI"));
    int kecs = 1 + random.nextInt(3);
    for (int k = 1; k <= kecs; k++) {
      String kec = KAB + "%02d".formatted(k);
      if (random.nextInt(4) > 0) {
        regions.add(new Region(new RegionCode(kec), "KEC " + k));
      }
      int desas = 1 + random.nextInt(4);
      for (int d = 1; d <= desas; d++) {
        String desa = kec + "%04d".formatted(2000 + d);
        if (random.nextInt(4) > 0) {
          regions.add(new Region(new RegionCode(desa), "DESA " + d));
        }
        int n = random.nextInt(7); // a named desa may have no TPS at all
        for (int t = 1; t <= n; t++) {
          tps.add(Tps.numbered(TpsCode.of(new RegionCode(desa), t == n && t > 3 ? 901 : t)));
        }
      }
    }
  }

  private static Contest candidates(Random random) {
    List<Candidate> cs = new ArrayList<>();
    int n = 1 + random.nextInt(5);
    for (int i = 1; i <= n; i++) {
      cs.add(new Candidate(i, "10" + i, "Calon " + i, null));
    }
    // sometimes the ballot is voted in one kecamatan only
    String scope = random.nextInt(3) == 0 ? KAB + "01" : "";
    return new Contest(ContestCode.PDPD, "DPD", Shape.CANDIDATES, scope, cs, List.of());
  }

  private static Contest partyLists(Random random, List<Region> regions) {
    List<Dapil> dapils = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      if (random.nextInt(4) == 0) {
        continue; // a kecamatan outside every dapil
      }
      List<PartyList> lists = new ArrayList<>();
      for (int p = 1; p <= 1 + random.nextInt(4); p++) {
        List<Candidate> cs = new ArrayList<>();
        for (int c = 1; c <= random.nextInt(4); c++) {
          cs.add(new Candidate(c, null, "Caleg " + c, null));
        }
        lists.add(new PartyList(p, cs));
      }
      dapils.add(new Dapil("D" + k, "Dapil " + k, 3, List.of(KAB + "%02d".formatted(k)), lists));
    }
    return new Contest(ContestCode.PDPR, "DPR", Shape.PARTY_LISTS, "", List.of(), dapils);
  }

  /** Results for ~70% of the TPS (also some the contest does not apply to, to be ignored). */
  private static List<TpsResult> results(Random random, Contest contest, List<Tps> tps) {
    List<TpsResult> out = new ArrayList<>();
    for (Tps t : tps) {
      if (random.nextInt(10) < 3) {
        continue;
      }
      AdminBlock admin = AdminBlock.empty();
      for (AdminField f : AdminField.values()) {
        if (random.nextInt(5) > 0) {
          admin = admin.with(f, random.nextInt(6) == 0 ? 0 : random.nextInt(500));
        }
      }
      Map<Integer, Integer> cells = new HashMap<>();
      List<Integer> keys = new ArrayList<>();
      if (contest.shape() == Shape.CANDIDATES) {
        contest.candidates().forEach(c -> keys.add(VoteKey.candidate(c.number())));
      } else {
        contest
            .dapilOf(t.code())
            .ifPresent(
                d ->
                    d.lists()
                        .forEach(
                            l -> {
                              keys.add(VoteKey.partyOnly(l.party()));
                              keys.add(VoteKey.partyTotal(l.party()));
                              l.candidates()
                                  .forEach(
                                      c -> keys.add(VoteKey.partyCandidate(l.party(), c.number())));
                            }));
      }
      for (int key : keys) {
        cells.put(key, random.nextInt(7) == 0 ? null : random.nextInt(300));
      }
      out.add(
          new TpsResult(t.code(), contest.code(), Source.SIREKAP, null, admin, Votes.of(cells)));
    }
    return out;
  }

  private static Tally single(TpsResult r) {
    Tally t = new Tally();
    if (r != null) {
      t.add(r);
    }
    return t;
  }

  /** Every value of a tally: admin fields by name, vote cells by key (nulls kept). */
  private static Map<String, Long> values(Tally t) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (AdminField f : AdminField.values()) {
      out.put(f.name(), t.admin(f));
    }
    t.votes().forEach((k, v) -> out.put("votes." + k, v));
    return out;
  }

  /** The null-aware sum of child rows, computed here rather than with {@link Tally#add(Tally)}. */
  private static Map<String, Long> sum(List<RecapRow> children) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (AdminField f : AdminField.values()) {
      out.put(f.name(), null);
    }
    Map<String, Long> votes = new TreeMap<>();
    for (RecapRow c : children) {
      values(c.tally())
          .forEach(
              (k, v) -> {
                Map<String, Long> target = k.startsWith("votes.") ? votes : out;
                Long old = target.get(k);
                target.put(k, v == null ? old : Long.valueOf((old == null ? 0L : old) + v));
              });
    }
    // vote cells come after the admin fields, in key order like Tally#votes()
    new TreeMap<Integer, String>(
            votes.keySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        k -> Integer.parseInt(k.substring(6)), k -> k)))
        .values()
        .forEach(k -> out.put(k, votes.get(k)));
    return out;
  }
}
