package id.rekap.core.bench;

import id.rekap.testsupport.ElectionBuilder;
import java.nio.file.Path;
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
    new ProvinceElection(seed).definition(region).writeSorted(file);
  }

  private ElectionBuilder definition(ProvinceFixture region) {
    ElectionBuilder election =
        BenchElection.election(ID, "Pemilu 2024 (data benchmark Provinsi Jawa Barat)");
    lists.pdpd(election);
    dprDapils(election.partyLists("pdpr", "DPR RI"), region);
    lists.grouped(
        election.partyLists("pdprdp", "DPRD Provinsi"),
        region.tpsPer(4),
        DPRDP_DAPILS,
        DPRDP_SEATS,
        "32-p",
        "JAWA BARAT ");
    ElectionBuilder.PartyLists dprdk = election.partyLists("pdprdk", "DPRD Kabupaten/Kota");
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
      lists.grouped(dprdk, perKec, dapils, seats, kab + "-", region.name(kab) + " ");
    }
    return election;
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
  private void dprDapils(ElectionBuilder.PartyLists contest, ProvinceFixture region) {
    for (int i = 0; i < DPR.size(); i++) {
      @SuppressWarnings("unchecked")
      List<String> kab = (List<String>) DPR.get(i)[1];
      List<String> present = kab.stream().filter(region.kabkota()::contains).toList();
      if (!present.isEmpty()) {
        lists.dapil(
            contest, "32-" + (i + 1), "JAWA BARAT " + ROMAN[i], (Integer) DPR.get(i)[0], present);
      }
    }
  }
}
