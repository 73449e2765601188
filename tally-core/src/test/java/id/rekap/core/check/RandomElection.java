package id.rekap.core.check;

import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Block;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random kab/kota 3101 (1–2 kecamatan of 1–3 desa of 1–4 TPS, sometimes a 9xx TPS) with a random
 * Pemilu election on it: PPWP (3 pairs), DPR (party-lists, one dapil per kecamatan with 1–4 parties
 * of 0–3 caleg each) and DPD (2–5 candidates); and generators of TPS results, consistent (every
 * identity holds, every count below the caps) or arbitrary.
 */
final class RandomElection {
  final Random random;
  final RegionTree tree;
  final List<TpsCode> tps = new ArrayList<>();
  final ElectionDefinition election;

  /**
   * @param everywhere every TPS votes every ballot; otherwise the DPR may leave a kecamatan out and
   *     the DPD may be limited to one kecamatan, so some results are for TPS outside a contest
   */
  RandomElection(Random random, boolean everywhere) {
    this.random = random;
    List<Region> regions = new ArrayList<>(List.of(new Region(new RegionCode("3101"), "KAB")));
    List<Tps> list = new ArrayList<>();
    int kecs = 1 + random.nextInt(2);
    for (int k = 1; k <= kecs; k++) {
      String kec = "31010" + k;
      regions.add(new Region(new RegionCode(kec), "KEC " + k));
      int desas = 1 + random.nextInt(3);
      for (int d = 1; d <= desas; d++) {
        RegionCode desa = new RegionCode(kec + (1000 + d));
        regions.add(new Region(desa, "DESA " + d));
        int n = 1 + random.nextInt(4);
        for (int t = 1; t <= n; t++) {
          TpsCode code = TpsCode.of(desa, t == n && t > 2 && random.nextBoolean() ? 901 : t);
          list.add(Tps.numbered(code));
          tps.add(code);
        }
      }
    }
    tree = new RegionTree(new RegionCode("3101"), regions, list);
    List<Dapil> dapils = new ArrayList<>();
    for (int k = 1; k <= kecs; k++) {
      if (!everywhere && kecs > 1 && k == kecs && random.nextBoolean()) {
        continue; // this kecamatan votes no DPR ballot here
      }
      List<PartyList> lists = new ArrayList<>();
      int parties = 1 + random.nextInt(4);
      for (int p = 1; p <= parties; p++) {
        lists.add(new PartyList(p, candidates(random.nextInt(4))));
      }
      dapils.add(new Dapil("D" + k, "Dapil " + k, 3, List.of("31010" + k), lists));
    }
    String dpdScope = everywhere || random.nextBoolean() ? "31" : "310101";
    election =
        new ElectionDefinition(
            "acak",
            "Pemilu acak",
            "2024-02-14",
            300,
            2.0,
            ElectionDefinition.Mode.TEST,
            List.of(
                new Party(1, "A", "Partai A", false),
                new Party(2, "B", "Partai B", false),
                new Party(3, "C", "Partai C", false),
                new Party(4, "D", "Partai D", false)),
            List.of(
                new Contest(
                    ContestCode.PPWP, "PPWP", Shape.CANDIDATES, "", candidates(3), List.of()),
                new Contest(ContestCode.PDPR, "DPR", Shape.PARTY_LISTS, "", List.of(), dapils),
                new Contest(
                    ContestCode.PDPD,
                    "DPD",
                    Shape.CANDIDATES,
                    dpdScope,
                    candidates(2 + random.nextInt(4)),
                    List.of())),
            "{}");
  }

  private static List<Candidate> candidates(int n) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new Candidate(i, null, "Calon " + i, null));
    }
    return out;
  }

  Contest contest(ContestCode code) {
    return election.contest(code).orElseThrow();
  }

  /** The vote cells of a contest's form at a TPS, in key order (empty if it does not apply). */
  List<Integer> cells(ContestCode code, TpsCode at) {
    Contest c = contest(code);
    List<Integer> keys = new ArrayList<>();
    if (c.shape() == Shape.CANDIDATES) {
      c.candidates().forEach(x -> keys.add(VoteKey.candidate(x.number())));
    } else {
      c.dapilOf(at)
          .ifPresent(
              d ->
                  d.lists()
                      .forEach(
                          l -> {
                            keys.add(VoteKey.partyOnly(l.party()));
                            l.candidates()
                                .forEach(
                                    x -> keys.add(VoteKey.partyCandidate(l.party(), x.number())));
                            keys.add(VoteKey.partyTotal(l.party()));
                          }));
    }
    return keys;
  }

  /**
   * A voter block (I), ballot block (II) and disability block (III) in which every identity and
   * limit holds: DPT ≤ 300, DPT voters ≤ DPT, DPTb + DPK voters and returned ballots within the
   * reserve and the DPT voters who stayed home, so ballots received = DPT + reserve balance.
   */
  Map<AdminField, Integer> voters() {
    int dptL = 40 + random.nextInt(111);
    int dptP = 40 + random.nextInt(111);
    int dpt = dptL + dptP;
    int reserve = (dpt * 2 + 99) / 100;
    int uDptL = random.nextInt(dptL + 1);
    int uDptP = random.nextInt(dptP + 1);
    int spare = dptL - uDptL + dptP - uDptP + reserve;
    int returned = Math.min(spare, random.nextInt(3));
    spare -= returned;
    int[] extra = new int[4]; // DPTb L, DPTb P, DPK L, DPK P
    for (int i = 0; i < extra.length; i++) {
      extra[i] = Math.min(spare, random.nextInt(4));
      spare -= extra[i];
    }
    int usersL = uDptL + extra[0] + extra[2];
    int usersP = uDptP + extra[1] + extra[3];
    int users = usersL + usersP;
    int disL = Math.min(usersL, random.nextInt(4));
    int disP = Math.min(usersP, random.nextInt(4));
    Map<AdminField, Integer> a = new EnumMap<>(AdminField.class);
    a.put(AdminField.DPT_L, dptL);
    a.put(AdminField.DPT_P, dptP);
    a.put(AdminField.DPT, dpt);
    a.put(AdminField.USERS_DPT_L, uDptL);
    a.put(AdminField.USERS_DPT_P, uDptP);
    a.put(AdminField.USERS_DPT, uDptL + uDptP);
    a.put(AdminField.USERS_DPTB_L, extra[0]);
    a.put(AdminField.USERS_DPTB_P, extra[1]);
    a.put(AdminField.USERS_DPTB, extra[0] + extra[1]);
    a.put(AdminField.USERS_DPK_L, extra[2]);
    a.put(AdminField.USERS_DPK_P, extra[3]);
    a.put(AdminField.USERS_DPK, extra[2] + extra[3]);
    a.put(AdminField.USERS_L, usersL);
    a.put(AdminField.USERS_P, usersP);
    a.put(AdminField.USERS, users);
    a.put(AdminField.BALLOTS_RECEIVED, dpt + reserve);
    a.put(AdminField.BALLOTS_USED, users);
    a.put(AdminField.BALLOTS_RETURNED, returned);
    a.put(AdminField.BALLOTS_UNUSED, dpt + reserve - users - returned);
    a.put(AdminField.DISABLED_L, disL);
    a.put(AdminField.DISABLED_P, disP);
    a.put(AdminField.DISABLED, disL + disP);
    return a;
  }

  /**
   * A consistent result: the given voter block, the votes of every voter split at random over the
   * cells of the form (a party's written total = its party-only and caleg votes), valid + invalid =
   * voters. From Sirekap, blocks II and III are left out as Sirekap publishes them.
   */
  TpsResult consistent(
      TpsCode at, ContestCode code, Source source, Map<AdminField, Integer> voters) {
    Map<AdminField, Integer> admin = new EnumMap<>(voters);
    int users = voters.get(AdminField.USERS);
    int invalid = Math.min(users, random.nextInt(8));
    int valid = users - invalid;
    admin.put(AdminField.VALID, valid);
    admin.put(AdminField.INVALID, invalid);
    admin.put(AdminField.TOTAL, users);
    if (source == Source.SIREKAP) {
      for (AdminField f : AdminField.values()) {
        if (!Block.of(f).carriedBy(source)) {
          admin.remove(f);
        }
      }
    }
    List<Integer> cast = new ArrayList<>();
    for (int key : cells(code, at)) {
      if (VoteKey.party(key) == 0 || VoteKey.slot(key) != VoteKey.PARTY_TOTAL) {
        cast.add(key);
      }
    }
    int[] split = split(valid, cast.size());
    Map<Integer, Integer> votes = new TreeMap<>();
    for (int i = 0; i < cast.size(); i++) {
      votes.put(cast.get(i), split[i]);
      if (VoteKey.party(cast.get(i)) > 0) {
        votes.merge(VoteKey.partyTotal(VoteKey.party(cast.get(i))), split[i], Integer::sum);
      }
    }
    return new TpsResult(at, code, source, dapil(code, at), AdminBlock.of(admin), Votes.of(votes));
  }

  /**
   * An arbitrary result: random counts (sometimes 0, sometimes unread), sometimes without a block,
   * sometimes a form missing one cell; the cells are those of the TPS's form if it has one, else
   * those of another dapil (a result for a TPS outside the contest).
   */
  TpsResult arbitrary(TpsCode at, ContestCode code, Source source) {
    Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
    boolean noAdmin = random.nextInt(8) == 0;
    for (AdminField f : AdminField.values()) {
      if (noAdmin || !Block.of(f).carriedBy(source) || random.nextInt(12) == 0) {
        continue;
      }
      admin.put(f, random.nextInt(5) == 0 ? 0 : random.nextInt(330));
    }
    List<Integer> keys = cells(code, at);
    if (keys.isEmpty()) {
      keys = cells(code, tps.getFirst());
    }
    Map<Integer, Integer> votes = new TreeMap<>();
    for (int key : keys) {
      votes.put(key, random.nextInt(10) == 0 ? null : random.nextInt(200));
    }
    if (!votes.isEmpty() && source != Source.SIREKAP && random.nextInt(10) == 0) {
      votes.remove(keys.get(random.nextInt(keys.size()))); // a keyed form missing a cell
    }
    return new TpsResult(at, code, source, dapil(code, at), AdminBlock.of(admin), Votes.of(votes));
  }

  private String dapil(ContestCode code, TpsCode at) {
    return contest(code).dapilOf(at).map(Dapil::code).orElse(null);
  }

  /** n random non-negative parts adding up to total. */
  private int[] split(int total, int n) {
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    int[] cuts = new int[n - 1];
    for (int i = 0; i < cuts.length; i++) {
      cuts[i] = random.nextInt(total + 1);
    }
    java.util.Arrays.sort(cuts);
    int prev = 0;
    for (int i = 0; i < n - 1; i++) {
      out[i] = cuts[i] - prev;
      prev = cuts[i];
    }
    out[n - 1] = total - prev;
    return out;
  }
}
