package id.rekap.forms.report;

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
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.Marking;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import id.rekap.core.support.TestClock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated forms for layout tests: a kecamatan (99.01.01) of {@code desa} desa with one TPS each,
 * voting either a 3-pair candidate ballot or a DPRD Kab/Kota party list of {@code parties} parties
 * with {@code caleg} candidates each, with long names as real ballots have.
 */
public final class GeneratedForms {
  public static final RegionCode KEC = new RegionCode("990101");

  private GeneratedForms() {}

  public static ReportSettings settings(Marking marking) {
    return new ReportSettings(
        List.of(
            new CommitteeMember("Ketua", "Siti Rahmawati Kusumaningrum"),
            new CommitteeMember("Anggota", "Muhammad Yusuf")),
        marking,
        TestClock.FIXED,
        "0.1.0-test");
  }

  public static DHasilForm.Input candidates(int desa) {
    List<Candidate> cs = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      cs.add(
          new Candidate(
              n,
              null,
              "CALON PRESIDEN " + letters(n) + " DAN CALON WAKIL PRESIDEN " + letters(n),
              null));
    }
    Contest c =
        new Contest(
            ContestCode.PPWP, "Presiden dan Wakil Presiden", Shape.CANDIDATES, "", cs, List.of());
    return input(c, null, desa, List.of());
  }

  public static DHasilForm.Input partyList(int desa, int parties, int caleg) {
    List<PartyList> lists = new ArrayList<>();
    List<Party> ps = new ArrayList<>();
    for (int p = 1; p <= parties; p++) {
      ps.add(new Party(p, "P" + p, "PARTAI CONTOH " + letters(p) + " NUSANTARA RAYA", false));
      List<Candidate> cs = new ArrayList<>();
      for (int n = 1; n <= caleg; n++) {
        cs.add(
            new Candidate(
                n, null, "Hj. CALEG PANJANG NAMANYA SEKALI, S.H., M.Kn. " + p + "-" + n, "L"));
      }
      lists.add(new PartyList(p, cs));
    }
    Dapil d = new Dapil("DK-1", "KABUPATEN UJI 1", 8, List.of(KEC.value()), lists);
    Contest c =
        new Contest(
            ContestCode.PDPRDK,
            "DPRD Kabupaten/Kota",
            Shape.PARTY_LISTS,
            "",
            List.of(),
            List.of(d));
    return input(c, d, desa, ps);
  }

  private static DHasilForm.Input input(
      Contest contest, Dapil dapil, int desa, List<Party> parties) {
    ElectionDefinition e =
        new ElectionDefinition(
            "uji",
            "Pemilihan Umum Uji 2024",
            "2024-02-14",
            300,
            2.0,
            ElectionDefinition.Mode.OFFICIAL,
            parties,
            List.of(contest),
            "{}");
    List<Region> regions = new ArrayList<>();
    regions.add(new Region(new RegionCode("99"), "PROVINSI UJI"));
    regions.add(new Region(new RegionCode("9901"), "KABUPATEN UJI"));
    regions.add(new Region(KEC, "KECAMATAN UJI"));
    List<Tps> tps = new ArrayList<>();
    List<TpsResult> results = new ArrayList<>();
    Random random = new Random(desa * 31L + parties.size());
    for (int i = 1; i <= desa; i++) {
      RegionCode code = new RegionCode(KEC.value() + (2000 + i));
      regions.add(
          new Region(code, (i % 3 == 0 ? "KELURAHAN SUKAMAJU BARU DAYA " : "DESA ") + letters(i)));
      TpsCode t = TpsCode.of(code, 1);
      tps.add(Tps.numbered(t));
      results.add(result(t, contest, dapil, random));
    }
    RegionTree tree = new RegionTree(KEC, regions, tps);
    List<RecapRow> rows = Recap.compute(contest, tree, RecapLevel.DESA, results);
    return new DHasilForm.Input(e, contest, tree.lineage(), dapil, rows);
  }

  /**
   * Three desa of two TPS each, where the second TPS of every desa did not report block V and no
   * TPS reported block III: sums with a mark, blanks.
   */
  public static DHasilForm.Input partialInput() {
    DHasilForm.Input base = candidates(3);
    List<Region> regions = new ArrayList<>();
    List<Tps> tps = new ArrayList<>();
    List<TpsResult> results = new ArrayList<>();
    Random random = new Random(5);
    for (Region r : base.lineage()) {
      regions.add(r);
    }
    for (RecapRow col : base.columns()) {
      RegionCode desa = new RegionCode(col.code());
      regions.add(new Region(desa, col.name()));
      for (int n = 1; n <= 2; n++) {
        TpsCode t = TpsCode.of(desa, n);
        tps.add(Tps.numbered(t));
        TpsResult r = result(t, base.contest(), null, random);
        Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
        for (AdminField f : AdminField.values()) {
          boolean lost =
              f.name().startsWith("DISABLED")
                  || (n == 2
                      && (f == AdminField.VALID
                          || f == AdminField.INVALID
                          || f == AdminField.TOTAL));
          if (!lost) {
            admin.put(f, r.admin().get(f));
          }
        }
        results.add(
            new TpsResult(t, r.contest(), r.source(), null, AdminBlock.of(admin), r.votes()));
      }
    }
    RegionTree tree = new RegionTree(KEC, regions, tps);
    List<RecapRow> rows = Recap.compute(base.contest(), tree, RecapLevel.DESA, results);
    return new DHasilForm.Input(base.election(), base.contest(), tree.lineage(), null, rows);
  }

  /** Names must not end in digits: the PDF reader takes trailing numbers for values. */
  public static String letters(int n) {
    String s = "";
    for (int k = n; k > 0; k = (k - 1) / 26) {
      s = (char) ('A' + (k - 1) % 26) + s;
    }
    return s;
  }

  private static TpsResult result(TpsCode t, Contest c, Dapil d, Random r) {
    Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
    for (AdminField f : AdminField.values()) {
      admin.put(f, r.nextInt(300));
    }
    Map<Integer, Integer> votes = new HashMap<>();
    if (d == null) {
      c.candidates().forEach(x -> votes.put(VoteKey.candidate(x.number()), r.nextInt(300)));
    } else {
      for (PartyList l : d.lists()) {
        votes.put(VoteKey.partyOnly(l.party()), r.nextInt(50));
        votes.put(VoteKey.partyTotal(l.party()), r.nextInt(900));
        l.candidates()
            .forEach(x -> votes.put(VoteKey.partyCandidate(l.party(), x.number()), r.nextInt(80)));
      }
    }
    return new TpsResult(
        t,
        c.code(),
        Source.SIREKAP,
        d == null ? null : d.code(),
        AdminBlock.of(admin),
        Votes.of(votes));
  }
}
