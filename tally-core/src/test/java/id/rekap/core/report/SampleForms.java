package id.rekap.core.report;

import static id.rekap.core.result.AdminField.*;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.Recap;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Forms on real region names with generated, consistent numbers: Kec. Klirong (Kab. Kebumen, 24
 * desa) and Kec. Lhoksukon (Kab. Aceh Utara, 75 desa) from {@code
 * fixtures/kawalpemilu-klirong-lhoksukon.json}, Kab. Bogor (40 kecamatan) from {@code
 * fixtures/kawalpemilu-3201.json}; the ballots of Pemilu 2024 (PPWP, DPD, DPRD Kab/Kota) and a
 * Pilkada bupati contest against the empty column. Every TPS reports every field and the numbers
 * add up, so such a form has no notes and no annex.
 */
public final class SampleForms {
  public static final String KLIRONG = "330505";
  public static final String LHOKSUKON = "110804";
  public static final String BOGOR = "3201";

  /** Kec. Cengkareng, Kota Jakarta Barat: 6 desa, 1,569 TPS (Kapuk alone 451). */
  public static final String CENGKARENG = "317301";

  /** Kota Jakarta Barat with only Kec. Cengkareng under it. */
  public static final String JAKARTA_BARAT = "3173";

  private static final Map<String, Map<String, String>> NAMES = new HashMap<>();
  private static final Map<String, Map<String, Integer>> TPS = new HashMap<>();

  private SampleForms() {}

  /** A D.Hasil input of a real region: its children, each desa's TPS (at most {@code tps}). */
  public static DHasilForm.Input input(String region, ContestCode code, int tpsPerDesa, long seed) {
    return input(region, code, tpsPerDesa, seed, Integer.MAX_VALUE);
  }

  /** The same with only the first {@code children} children of the region (by code). */
  public static DHasilForm.Input input(
      String region, ContestCode code, int tpsPerDesa, long seed, int children) {
    return input(region, code, tpsPerDesa, seed, children, tps -> false);
  }

  /** The same with no result yet from the TPS that {@code missing} names (by TPS code). */
  public static DHasilForm.Input input(
      String region,
      ContestCode code,
      int tpsPerDesa,
      long seed,
      int children,
      java.util.function.Predicate<String> missing) {
    String file =
        region.startsWith("3173")
            ? "province-31/wilayah-317301.json"
            : region.startsWith("32")
                ? "kawalpemilu-3201.json"
                : "kawalpemilu-klirong-lhoksukon.json";
    Map<String, String> names = names(file);
    Map<String, Integer> tpsCounts = TPS.get(file);
    RegionCode root = new RegionCode(region);
    List<Region> regions = new ArrayList<>();
    List<Tps> tps = new ArrayList<>();
    int childDigits = root.level() == RegionLevel.KECAMATAN ? 10 : 6;
    java.util.Set<String> kept =
        names.keySet().stream()
            .filter(c -> c.length() == childDigits && c.startsWith(root.value()))
            .limit(children)
            .collect(java.util.stream.Collectors.toSet());
    names.forEach(
        (c, n) -> {
          boolean inside = c.length() < childDigits || kept.contains(c.substring(0, childDigits));
          if (root.value().startsWith(c) || (c.startsWith(root.value()) && inside)) {
            regions.add(new Region(new RegionCode(c), n));
            if (c.length() == 10 && c.startsWith(root.value())) {
              int count = Math.min(tpsPerDesa, tpsCounts.getOrDefault(c, 1));
              for (int i = 1; i <= count; i++) {
                tps.add(Tps.numbered(TpsCode.of(new RegionCode(c), i)));
              }
            }
          }
        });
    RegionTree tree = new RegionTree(root, regions, tps);
    ElectionDefinition e = election(code, region.substring(0, 2));
    Contest contest = e.contests().getFirst();
    Dapil dapil = contest.shape() == Shape.PARTY_LISTS ? contest.dapils().getFirst() : null;
    List<TpsResult> results = new ArrayList<>();
    Random random = new Random(seed);
    for (Tps t : tps) {
      if (missing.test(t.code().value())) {
        continue;
      }
      results.add(result(t.code(), contest, dapil, random));
    }
    RecapLevel child =
        root.level() == RegionLevel.KECAMATAN ? RecapLevel.DESA : RecapLevel.KECAMATAN;
    List<RecapRow> rows = Recap.compute(contest, tree, child, results);
    List<RecapRow> tpsRows = Recap.compute(contest, tree, RecapLevel.TPS, results);
    Map<String, String> under = new TreeMap<>();
    names.forEach(
        (c, n) -> {
          if (c.startsWith(root.value())
              && c.length() > root.value().length()
              && kept.contains(c.substring(0, childDigits))) {
            under.put(c, n);
          }
        });
    return new DHasilForm.Input(
        e, contest, tree.lineage(), dapil, rows, tpsRows, List.of(), PlenaryContext.NONE, under);
  }

  /** The same input, as if the plenary had recorded something. */
  public static DHasilForm.Input with(DHasilForm.Input in, PlenaryContext plenary) {
    return new DHasilForm.Input(
        in.election(),
        in.contest(),
        in.lineage(),
        in.dapil(),
        in.columns(),
        in.tps(),
        in.errors(),
        plenary,
        in.names());
  }

  private static synchronized Map<String, String> names(String file) {
    if (!NAMES.containsKey(file)) {
      try (InputStream in = SampleForms.class.getResourceAsStream("/fixtures/" + file)) {
        JsonNode root = Json.mapper().readTree(in);
        Map<String, String> names = new TreeMap<>();
        root.get("id2name").properties().forEach(x -> names.put(x.getKey(), x.getValue().asText()));
        Map<String, Integer> tps = new TreeMap<>();
        root.get("tps").properties().forEach(x -> tps.put(x.getKey(), x.getValue().get(0).asInt()));
        NAMES.put(file, names);
        TPS.put(file, tps);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return NAMES.get(file);
  }

  /** A one-contest election of Pemilu 2024 (or Pilkada 2024 for pkwkk). */
  public static ElectionDefinition election(ContestCode code, String province) {
    List<Party> parties = new ArrayList<>();
    Contest contest;
    switch (code) {
      case PPWP ->
          contest =
              new Contest(
                  code,
                  "Presiden dan Wakil Presiden",
                  Shape.CANDIDATES,
                  "",
                  List.of(
                      new Candidate(
                          1,
                          "100025",
                          "H. ANIES RASYID BASWEDAN, Ph.D. - Dr. (H.C.) H. A. MUHAIMIN ISKANDAR",
                          null),
                      new Candidate(
                          2, "100026", "H. PRABOWO SUBIANTO - GIBRAN RAKABUMING RAKA", null),
                      new Candidate(
                          3,
                          "100027",
                          "H. GANJAR PRANOWO, S.H., M.I.P. - Prof. Dr. H. M. MAHFUD MD",
                          null)),
                  List.of());
      case PDPD -> {
        List<Candidate> cs = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
          cs.add(new Candidate(n, null, "CALON ANGGOTA DPD NOMOR URUT " + words(n), "L"));
        }
        contest = new Contest(code, "DPD", Shape.CANDIDATES, province, cs, List.of());
      }
      case PKWKK ->
          contest =
              new Contest(
                  code,
                  "Bupati dan Wakil Bupati",
                  Shape.CANDIDATES,
                  "",
                  List.of(
                      new Candidate(1, "1000201", "KOLOM KOSONG - ", null),
                      new Candidate(
                          2, "1000202", "Dr. H. CONTOH CALON BUPATI, M.Si. - CONTOH WAKIL", null)),
                  List.of());
      default -> {
        List<PartyList> lists = new ArrayList<>();
        int[] numbers = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 24};
        for (int p : numbers) {
          parties.add(new Party(p, "P" + p, "PARTAI CONTOH " + words(p) + " INDONESIA", false));
          List<Candidate> cs = new ArrayList<>();
          for (int n = 1; n <= 4 + p % 5; n++) {
            cs.add(new Candidate(n, null, "CALEG CONTOH " + words(p) + " " + words(n), "P"));
          }
          lists.add(new PartyList(p, cs));
        }
        contest =
            new Contest(
                code,
                "DPRD Kabupaten/Kota",
                Shape.PARTY_LISTS,
                "",
                List.of(),
                List.of(new Dapil("DK-1", "DAERAH PEMILIHAN CONTOH 1", 8, List.of(""), lists)));
      }
    }
    boolean pilkada = code == ContestCode.PKWKK || code == ContestCode.PKWKP;
    return new ElectionDefinition(
        pilkada ? "pilkada-2024" : "pemilu-2024",
        pilkada ? "Pilkada 2024" : "Pemilu 2024",
        pilkada ? "2024-11-27" : "2024-02-14",
        pilkada ? 600 : 300,
        pilkada ? 2.5 : 2.0,
        ElectionDefinition.Mode.OFFICIAL,
        parties,
        List.of(contest),
        "{}");
  }

  /** Numbers in words make names that end in no digit (the PDF reader reads digits as counts). */
  private static String words(int n) {
    return Terbilang.of(n).toUpperCase(java.util.Locale.ROOT);
  }

  /** A TPS whose numbers add up on every identity of the form. */
  private static TpsResult result(TpsCode t, Contest c, Dapil d, Random r) {
    Map<AdminField, Integer> a = new EnumMap<>(AdminField.class);
    int dptL = 90 + r.nextInt(60);
    int dptP = 90 + r.nextInt(60);
    int usedL = dptL - r.nextInt(30);
    int usedP = dptP - r.nextInt(30);
    int bL = r.nextInt(4);
    int bP = r.nextInt(4);
    int kL = r.nextInt(3);
    int kP = r.nextInt(3);
    put(a, DPT_L, DPT_P, DPT, dptL, dptP);
    put(a, USERS_DPT_L, USERS_DPT_P, USERS_DPT, usedL, usedP);
    put(a, USERS_DPTB_L, USERS_DPTB_P, USERS_DPTB, bL, bP);
    put(a, USERS_DPK_L, USERS_DPK_P, USERS_DPK, kL, kP);
    int usersL = usedL + bL + kL;
    int usersP = usedP + bP + kP;
    put(a, USERS_L, USERS_P, USERS, usersL, usersP);
    int users = usersL + usersP;
    int returned = r.nextInt(3);
    int received = Math.max(dptL + dptP + (int) Math.ceil((dptL + dptP) * 0.02), users + returned);
    a.put(BALLOTS_RECEIVED, received);
    a.put(BALLOTS_USED, users);
    a.put(BALLOTS_RETURNED, returned);
    a.put(BALLOTS_UNUSED, received - users - returned);
    put(a, DISABLED_L, DISABLED_P, DISABLED, r.nextInt(3), r.nextInt(3));
    int invalid = r.nextInt(8);
    int valid = users - invalid;
    a.put(VALID, valid);
    a.put(INVALID, invalid);
    a.put(TOTAL, users);
    Map<Integer, Integer> votes = new HashMap<>();
    if (d == null) {
      int[] split = split(valid, c.candidates().size(), r);
      for (int i = 0; i < split.length; i++) {
        votes.put(VoteKey.candidate(c.candidates().get(i).number()), split[i]);
      }
    } else {
      int[] split = split(valid, d.lists().size(), r);
      for (int i = 0; i < split.length; i++) {
        PartyList l = d.lists().get(i);
        int[] inner = split(split[i], l.candidates().size() + 1, r);
        votes.put(VoteKey.partyOnly(l.party()), inner[0]);
        for (int k = 0; k < l.candidates().size(); k++) {
          votes.put(
              VoteKey.partyCandidate(l.party(), l.candidates().get(k).number()), inner[k + 1]);
        }
        votes.put(VoteKey.partyTotal(l.party()), split[i]);
      }
    }
    return new TpsResult(
        t,
        c.code(),
        Source.SIREKAP,
        d == null ? null : d.code(),
        AdminBlock.of(a),
        Votes.of(votes));
  }

  private static void put(
      Map<AdminField, Integer> a, AdminField l, AdminField p, AdminField both, int vl, int vp) {
    a.put(l, vl);
    a.put(p, vp);
    a.put(both, vl + vp);
  }

  /** {@code total} split into {@code n} random parts that add up. */
  private static int[] split(int total, int n, Random r) {
    int[] out = new int[n];
    int left = total;
    for (int i = 0; i < n - 1; i++) {
      out[i] = left == 0 ? 0 : r.nextInt(Math.max(1, left / Math.max(1, (n - i) / 2)) + 1);
      out[i] = Math.min(out[i], left);
      left -= out[i];
    }
    out[n - 1] = left;
    return out;
  }
}
