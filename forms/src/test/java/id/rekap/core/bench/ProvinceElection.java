package id.rekap.core.bench;

import id.rekap.core.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The election definition of the province benchmark: the five Pemilu 2024 ballots of Jawa Barat.
 * PPWP (3 pairs) and DPD (54 candidates) as in the Bogor benchmark; DPR in the real 11 dapils of
 * Jawa Barat with their 91 seats (public KPU facts: which kab/kota each dapil holds and its seats);
 * DPRD Provinsi 120 seats in 15 dapils of consecutive kab/kota codes of about equal TPS counts, and
 * in every kab/kota its DPRD Kab/Kota (35 to 55 seats by its size) in dapils of consecutive
 * kecamatan. Both DPRD groupings are the benchmark's, not the KPU's; party lists of the 18 national
 * parties, up to 12 caleg each, names invented.
 */
final class ProvinceElection {
  static final String ID = "bench-pemilu-2024-32";

  /** Jawa Barat's DPR dapils I–XI in 2024: seats, then the kab/kota they hold. */
  private static final List<Object[]> DPR =
      List.of(
          new Object[] {7, List.of("3273", "3277")},
          new Object[] {10, List.of("3204", "3217")},
          new Object[] {9, List.of("3203", "3271")},
          new Object[] {6, List.of("3202", "3272")},
          new Object[] {9, List.of("3201")},
          new Object[] {6, List.of("3275", "3276")},
          new Object[] {10, List.of("3214", "3215", "3216")},
          new Object[] {9, List.of("3209", "3212", "3274")},
          new Object[] {8, List.of("3210", "3211", "3213")},
          new Object[] {7, List.of("3207", "3208", "3218", "3279")},
          new Object[] {10, List.of("3205", "3206", "3278")});

  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"
  };

  static final int DPRDP_DAPILS = 15;
  static final int DPRDP_SEATS = 120;

  private final BenchElection lists;

  private ProvinceElection(long seed) {
    this.lists = new BenchElection(seed);
  }

  /** Writes the definition for the (cut) province. */
  static void write(Path file, ProvinceFixture region, long seed) {
    try {
      Json.mapper()
          .writerWithDefaultPrettyPrinter()
          .writeValue(file.toFile(), new ProvinceElection(seed).definition(region));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> definition(ProvinceFixture region) {
    Map<String, Object> election = new LinkedHashMap<>();
    election.put("id", ID);
    election.put("name", "Pemilu 2024 (data benchmark Provinsi Jawa Barat)");
    election.put("date", "2024-02-14");
    election.put("maxVotersPerTps", 300);
    election.put("ballotReservePercent", 2.0);
    // Generated numbers: a test election, never to be mixed with official data.
    election.put("mode", "test");
    List<Map<String, Object>> parties = new ArrayList<>();
    for (Object[] p : BenchElection.PARTIES) {
      parties.add(
          BenchElection.map("number", p[0], "abbr", p[1], "name", p[2], "acehLocal", false));
    }
    List<Map<String, Object>> contests = new ArrayList<>();
    contests.add(BenchElection.ppwp());
    contests.add(lists.pdpd());
    contests.add(BenchElection.partyLists("pdpr", "DPR RI", dprDapils(region)));
    contests.add(
        BenchElection.partyLists(
            "pdprdp",
            "DPRD Provinsi",
            grouped(region.tpsPer(4), DPRDP_DAPILS, DPRDP_SEATS, "32-p", "JAWA BARAT ")));
    List<Map<String, Object>> dprdk = new ArrayList<>();
    Map<String, Integer> perKab = region.tpsPer(4);
    for (String kab : region.kabkota()) {
      Map<String, Integer> perKec = new LinkedHashMap<>();
      region
          .tpsPer(6)
          .forEach(
              (kec, n) -> {
                if (kec.startsWith(kab)) {
                  perKec.put(kec, n);
                }
              });
      int seats = seats(perKab.get(kab));
      int dapils = Math.clamp(Math.round(seats / 9.0f), 1, perKec.size());
      dprdk.addAll(grouped(perKec, dapils, seats, kab + "-", region.name(kab) + " "));
    }
    contests.add(BenchElection.partyLists("pdprdk", "DPRD Kabupaten/Kota", dprdk));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "rekap-election/1");
    doc.put("election", election);
    doc.put("parties", parties);
    doc.put("contests", contests);
    return doc;
  }

  /** The law's DPRD Kab/Kota sizes by population, here by TPS count: 35 to 55 seats. */
  private static int seats(int tps) {
    if (tps >= 8_000) {
      return 55;
    }
    if (tps >= 5_000) {
      return 50;
    }
    if (tps >= 3_000) {
      return 45;
    }
    return tps >= 1_500 ? 40 : 35;
  }

  /** The real DPR dapils, those with a kab/kota in the (cut) province, named JAWA BARAT I–XI. */
  private List<Map<String, Object>> dprDapils(ProvinceFixture region) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < DPR.size(); i++) {
      @SuppressWarnings("unchecked")
      List<String> kab = (List<String>) DPR.get(i)[1];
      List<String> present = kab.stream().filter(region.kabkota()::contains).toList();
      if (!present.isEmpty()) {
        out.add(
            lists.dapil(
                "32-" + (i + 1), "JAWA BARAT " + ROMAN[i], (Integer) DPR.get(i)[0], present));
      }
    }
    return out;
  }

  /**
   * Dapils of consecutive region codes with about equal TPS counts; the seats shared by TPS count,
   * each dapil within the law's 3..12 seats.
   */
  private List<Map<String, Object>> grouped(
      Map<String, Integer> perRegion, int wanted, int seats, String codePrefix, String namePrefix) {
    int dapils = Math.min(wanted, perRegion.size());
    int total = perRegion.values().stream().mapToInt(Integer::intValue).sum();
    List<List<String>> groups = new ArrayList<>();
    List<Integer> groupTps = new ArrayList<>();
    int cumulative = 0;
    int remaining = perRegion.size();
    for (var e : perRegion.entrySet()) {
      boolean mustOpen = groups.size() < dapils && remaining <= dapils - groups.size();
      boolean wantsOpen = (long) cumulative * dapils >= (long) total * groups.size();
      if (groups.isEmpty() || (groups.size() < dapils && (wantsOpen || mustOpen))) {
        groups.add(new ArrayList<>());
        groupTps.add(0);
      }
      groups.getLast().add(e.getKey());
      groupTps.set(groups.size() - 1, groupTps.getLast() + e.getValue());
      cumulative += e.getValue();
      remaining--;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      int s = (int) Math.round((double) seats * groupTps.get(i) / Math.max(1, total));
      s = Math.clamp(s, 3, BenchElection.MAX_LIST);
      out.add(lists.dapil(codePrefix + (i + 1), (namePrefix + (i + 1)).trim(), s, groups.get(i)));
    }
    return out;
  }
}
