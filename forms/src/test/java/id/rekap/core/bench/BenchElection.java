package id.rekap.core.bench;

import id.rekap.testsupport.ElectionBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
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
    new BenchElection(seed).definition(region).writeSorted(file);
  }

  private ElectionBuilder definition(KabupatenFixture region) {
    ElectionBuilder election = election(ID, "Pemilu 2024 (data benchmark Kab. Bogor)");
    pdpd(election);
    dapil(
        election.partyLists("pdpr", "DPR RI"),
        "3201",
        "JAWA BARAT V",
        9,
        List.of(KabupatenFixture.ROOT));
    dapil(
        election.partyLists("pdprdp", "DPRD Provinsi"),
        "32-bogor",
        "JAWA BARAT (KAB. BOGOR)",
        12,
        List.of("3201"));
    grouped(
        election.partyLists("pdprdk", "DPRD Kabupaten"),
        region.tpsPerKecamatan(),
        DPRDK_DAPILS,
        DPRDK_SEATS,
        "3201-",
        "KABUPATEN BOGOR ");
    return election;
  }

  /**
   * A benchmark election of the real ballot sizes: the real voter and ballot-reserve limits, the 18
   * national parties and the real PPWP pairs; the caller adds DPD and the party-list contests.
   */
  static ElectionBuilder election(String id, String name) {
    // Generated numbers: a test election, never to be mixed with official data.
    ElectionBuilder election =
        ElectionBuilder.election(id, name)
            .date("2024-02-14")
            .maxVotersPerTps(300)
            .ballotReservePercent(2.0)
            .mode("test");
    for (ElectionBuilder.Party p : ElectionBuilder.PEMILU_2024_PARTIES) {
      election.party(p.number(), p.abbr(), p.name(), false);
    }
    election
        .candidates("ppwp", "Presiden dan Wakil Presiden")
        .candidate(1, "100025", "H. ANIES RASYID BASWEDAN, Ph.D.")
        .candidate(2, "100026", "H. PRABOWO SUBIANTO")
        .candidate(3, "100027", "H. GANJAR PRANOWO, S.H., M.IP.");
    return election;
  }

  void pdpd(ElectionBuilder election) {
    ElectionBuilder.Candidates dpd = election.candidates("pdpd", "DPD RI", "32");
    for (int n = 1; n <= DPD_CANDIDATES; n++) {
      candidate(dpd, n, "CALON DPD JAWA BARAT " + n);
    }
  }

  /**
   * Dapils of consecutive region codes with about equal TPS counts (fewer when there are fewer
   * regions); the seats shared by TPS count, each dapil within the law's 3..12 seats.
   */
  void grouped(
      ElectionBuilder.PartyLists contest,
      Map<String, Integer> perRegion,
      int wanted,
      int seats,
      String codePrefix,
      String namePrefix) {
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
    for (int i = 0; i < groups.size(); i++) {
      int s = (int) Math.round((double) seats * groupTps.get(i) / Math.max(1, total));
      s = Math.clamp(s, 3, MAX_LIST);
      dapil(contest, codePrefix + (i + 1), (namePrefix + (i + 1)).trim(), s, groups.get(i));
    }
  }

  /** A dapil where every party fields a list of seats - 3 .. seats candidates (at most 12). */
  void dapil(
      ElectionBuilder.PartyLists contest,
      String code,
      String name,
      int seats,
      List<String> regions) {
    ElectionBuilder.Dapil dapil = contest.dapil(code, name, seats, regions);
    int max = Math.min(seats, MAX_LIST);
    for (ElectionBuilder.Party p : ElectionBuilder.PEMILU_2024_PARTIES) {
      int size = random.nextInt(Math.max(1, max - 3), max + 1);
      ElectionBuilder.Candidates list = dapil.list(p.number());
      for (int n = 1; n <= size; n++) {
        candidate(list, n, "CALEG " + p.abbr() + " " + name + " NOMOR " + n);
      }
    }
  }

  /** Every third caleg a woman, as the 30% list quota asks; Sirekap ids unique election-wide. */
  private void candidate(ElectionBuilder.Candidates to, int number, String name) {
    to.candidate(number, Integer.toString(nextSirekapId++), name, number % 3 == 0 ? "P" : "L");
  }
}
