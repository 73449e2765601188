package id.rekap.core.bench;

import id.rekap.core.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The election definition of the benchmark: the five Pemilu 2024 ballots of Kab. Bogor with the
 * real 18 national parties and ballot sizes of the real election (3 pairs, 54 DPD candidates of
 * Jawa Barat, DPR Jawa Barat V with 9 seats, DPRD Kabupaten with 55 seats in 6 dapils). Candidate
 * names are invented; the DPRD Kabupaten dapils group the kecamatan by code, not as the KPU did.
 */
final class BenchElection {
  static final String ID = "bench-pemilu-2024-3201";

  /** Pemilu 2024 ballot numbers, abbreviations and names of the national parties. */
  static final List<Object[]> PARTIES =
      List.of(
          new Object[] {1, "PKB", "Partai Kebangkitan Bangsa"},
          new Object[] {2, "GERINDRA", "Partai Gerakan Indonesia Raya"},
          new Object[] {3, "PDIP", "Partai Demokrasi Indonesia Perjuangan"},
          new Object[] {4, "GOLKAR", "Partai Golongan Karya"},
          new Object[] {5, "NASDEM", "Partai NasDem"},
          new Object[] {6, "BURUH", "Partai Buruh"},
          new Object[] {7, "GELORA", "Partai Gelombang Rakyat Indonesia"},
          new Object[] {8, "PKS", "Partai Keadilan Sejahtera"},
          new Object[] {9, "PKN", "Partai Kebangkitan Nusantara"},
          new Object[] {10, "HANURA", "Partai Hati Nurani Rakyat"},
          new Object[] {11, "GARUDA", "Partai Garda Republik Indonesia"},
          new Object[] {12, "PAN", "Partai Amanat Nasional"},
          new Object[] {13, "PBB", "Partai Bulan Bintang"},
          new Object[] {14, "DEMOKRAT", "Partai Demokrat"},
          new Object[] {15, "PSI", "Partai Solidaritas Indonesia"},
          new Object[] {16, "PERINDO", "Partai Perindo"},
          new Object[] {17, "PPP", "Partai Persatuan Pembangunan"},
          new Object[] {24, "UMMAT", "Partai Ummat"});

  static final int DPD_CANDIDATES = 54;
  static final int DPRDK_DAPILS = 6;
  static final int DPRDK_SEATS = 55;
  static final int MAX_LIST = 12;

  private final SplittableRandom random;
  private int nextSirekapId = 200_001;

  BenchElection(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes the definition for the kecamatan of the fixture (weighted by their TPS count). */
  static void write(Path file, KabupatenFixture region, long seed) {
    try {
      Json.mapper()
          .writerWithDefaultPrettyPrinter()
          .writeValue(file.toFile(), new BenchElection(seed).definition(region));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> definition(KabupatenFixture region) {
    Map<String, Object> election = new LinkedHashMap<>();
    election.put("id", ID);
    election.put("name", "Pemilu 2024 (data benchmark Kab. Bogor)");
    election.put("date", "2024-02-14");
    election.put("maxVotersPerTps", 300);
    election.put("ballotReservePercent", 2.0);
    // Generated numbers: a test election, never to be mixed with official data.
    election.put("mode", "test");
    List<Map<String, Object>> parties = new ArrayList<>();
    for (Object[] p : PARTIES) {
      parties.add(map("number", p[0], "abbr", p[1], "name", p[2], "acehLocal", false));
    }
    List<Map<String, Object>> contests = new ArrayList<>();
    contests.add(ppwp());
    contests.add(pdpd());
    contests.add(
        partyLists(
            "pdpr",
            "DPR RI",
            List.of(dapil("3201", "JAWA BARAT V", 9, List.of(KabupatenFixture.ROOT)))));
    contests.add(
        partyLists(
            "pdprdp",
            "DPRD Provinsi",
            List.of(dapil("32-bogor", "JAWA BARAT (KAB. BOGOR)", 12, List.of("3201")))));
    contests.add(partyLists("pdprdk", "DPRD Kabupaten", dprdkDapils(region)));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "rekap-election/1");
    doc.put("election", election);
    doc.put("parties", parties);
    doc.put("contests", contests);
    return doc;
  }

  static Map<String, Object> ppwp() {
    return map(
        "code",
        "ppwp",
        "name",
        "Presiden dan Wakil Presiden",
        "shape",
        "candidates",
        "candidates",
        List.of(
            map("number", 1, "sirekapId", "100025", "name", "H. ANIES RASYID BASWEDAN, Ph.D."),
            map("number", 2, "sirekapId", "100026", "name", "H. PRABOWO SUBIANTO"),
            map("number", 3, "sirekapId", "100027", "name", "H. GANJAR PRANOWO, S.H., M.IP.")));
  }

  Map<String, Object> pdpd() {
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (int n = 1; n <= DPD_CANDIDATES; n++) {
      candidates.add(candidate(n, "CALON DPD JAWA BARAT " + n));
    }
    Map<String, Object> c = map("code", "pdpd", "name", "DPD RI", "shape", "candidates");
    c.put("scope", "32");
    c.put("candidates", candidates);
    return c;
  }

  static Map<String, Object> partyLists(
      String code, String name, List<Map<String, Object>> dapils) {
    return map("code", code, "name", name, "shape", "party-lists", "dapils", dapils);
  }

  /**
   * Six dapils of consecutive kecamatan codes with about equal TPS counts; 55 seats shared by TPS
   * count, each dapil within the law's 3..12 seats (fewer dapils when the scale has fewer
   * kecamatan).
   */
  private List<Map<String, Object>> dprdkDapils(KabupatenFixture region) {
    Map<String, Integer> perKecamatan = region.tpsPerKecamatan();
    int dapils = Math.min(DPRDK_DAPILS, perKecamatan.size());
    int total = perKecamatan.values().stream().mapToInt(Integer::intValue).sum();
    List<List<String>> groups = new ArrayList<>();
    List<Integer> groupTps = new ArrayList<>();
    int cumulative = 0;
    int remaining = perKecamatan.size();
    for (var e : perKecamatan.entrySet()) {
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
      int seats = (int) Math.round((double) DPRDK_SEATS * groupTps.get(i) / total);
      seats = Math.clamp(seats, 3, MAX_LIST);
      out.add(dapil("3201-" + (i + 1), "KABUPATEN BOGOR " + (i + 1), seats, groups.get(i)));
    }
    return out;
  }

  /** A dapil where every party fields a list of seats - 3 .. seats candidates (at most 12). */
  Map<String, Object> dapil(String code, String name, int seats, List<String> regions) {
    List<Map<String, Object>> lists = new ArrayList<>();
    int max = Math.min(seats, MAX_LIST);
    for (Object[] p : PARTIES) {
      int size = random.nextInt(Math.max(1, max - 3), max + 1);
      List<Map<String, Object>> candidates = new ArrayList<>();
      for (int n = 1; n <= size; n++) {
        candidates.add(candidate(n, "CALEG " + p[1] + " " + name + " NOMOR " + n));
      }
      lists.add(map("party", p[0], "candidates", candidates));
    }
    return map("code", code, "name", name, "seats", seats, "regions", regions, "lists", lists);
  }

  /** Every third caleg a woman, as the 30% list quota asks; Sirekap ids unique election-wide. */
  private Map<String, Object> candidate(int number, String name) {
    Map<String, Object> c =
        map("number", number, "sirekapId", Integer.toString(nextSirekapId++), "name", name);
    c.put("sex", number % 3 == 0 ? "P" : "L");
    return c;
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
