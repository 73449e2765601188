package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Messages;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.Party;
import id.rekap.core.election.PartyList;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapLevel;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny election and region tree for the rule tests, and a form builder whose default numbers
 * satisfy every rule, so that a test changes the one number it is about and nothing else fails.
 *
 * <p>Tree (kab/kota 3101): kecamatan 310101 with desa 3101011001 (TPS 001–003) and 3101011002 (TPS
 * 001); kecamatan 310102 with desa 3101021001 (TPS 001–002). Contests: PPWP (3 pairs), DPR
 * (party-lists, dapil DKI-A = 310101 with parties 1 and 2, DKI-B = 310102 with parties 1 and 3) and
 * DPD (4 candidates, scope 31). Pemilu thresholds: 300 voters per TPS, 2 % reserve.
 */
final class RuleFixture {
  static final String KAB = "3101";
  static final TpsCode TPS = new TpsCode("3101011001001");
  static final TpsCode TPS2 = new TpsCode("3101011001002");
  static final TpsCode TPS3 = new TpsCode("3101011001003");
  static final TpsCode OTHER_DESA_TPS = new TpsCode("3101011002001");
  static final TpsCode SOUTH_TPS = new TpsCode("3101021001001");
  static final TpsCode SOUTH_TPS2 = new TpsCode("3101021001002");
  static final List<TpsCode> ALL_TPS =
      List.of(TPS, TPS2, TPS3, OTHER_DESA_TPS, SOUTH_TPS, SOUTH_TPS2);

  static final ElectionDefinition PEMILU = election(300, 2.0);

  private RuleFixture() {}

  static ElectionDefinition election(int maxVotersPerTps, double reservePercent) {
    List<Party> parties =
        List.of(
            new Party(1, "PKB", "Partai Satu", false),
            new Party(2, "GERINDRA", "Partai Dua", false),
            new Party(3, "PDIP", "Partai Tiga", false));
    Contest ppwp =
        new Contest(ContestCode.PPWP, "PPWP", Shape.CANDIDATES, "", candidates(3), List.of());
    Dapil north =
        new Dapil(
            "DKI-A",
            "DKI A",
            3,
            List.of("310101"),
            List.of(new PartyList(1, candidates(2)), new PartyList(2, candidates(1))));
    Dapil south =
        new Dapil(
            "DKI-B",
            "DKI B",
            3,
            List.of("310102"),
            List.of(new PartyList(1, candidates(1)), new PartyList(3, candidates(2))));
    Contest pdpr =
        new Contest(
            ContestCode.PDPR, "DPR", Shape.PARTY_LISTS, "", List.of(), List.of(north, south));
    Contest pdpd =
        new Contest(ContestCode.PDPD, "DPD", Shape.CANDIDATES, "31", candidates(4), List.of());
    return new ElectionDefinition(
        "uji",
        "Pemilu uji",
        "2024-02-14",
        maxVotersPerTps,
        reservePercent,
        ElectionDefinition.Mode.TEST,
        parties,
        List.of(ppwp, pdpr, pdpd),
        "{}");
  }

  static List<Candidate> candidates(int n) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new Candidate(i, null, "Calon " + i, null));
    }
    return out;
  }

  static RegionTree tree() {
    List<Region> regions =
        List.of(
            new Region(new RegionCode("3101"), "KAB UJI"),
            new Region(new RegionCode("310101"), "UTARA"),
            new Region(new RegionCode("310102"), "SELATAN"),
            new Region(new RegionCode("3101011001"), "DESA SATU"),
            new Region(new RegionCode("3101011002"), "DESA DUA"),
            new Region(new RegionCode("3101021001"), "DESA TIGA"));
    return new RegionTree(
        new RegionCode(KAB), regions, ALL_TPS.stream().map(Tps::numbered).toList());
  }

  /** An engine over the fixture tree, loaded with the results, default severities. */
  static CheckEngine engine(ElectionDefinition election, TpsResult... results) {
    CheckEngine engine = new CheckEngine(election, tree(), Map.of());
    engine.load(Arrays.asList(results));
    return engine;
  }

  /** The findings of the first result's TPS (all contests) after loading the results. */
  static List<Finding> tpsFindings(TpsResult... results) {
    return engine(PEMILU, results).findingsAt(results[0].tps().value());
  }

  static List<Finding> withRule(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** The single finding of a rule, checked for the fields every finding must have right. */
  static Finding only(
      List<Finding> findings, String rule, Severity severity, RecapLevel level, String code) {
    List<Finding> of = withRule(findings, rule);
    assertThat(of).as("findings of %s in %s", rule, findings).hasSize(1);
    Finding f = of.getFirst();
    assertFinding(f, rule, severity, level, code);
    return f;
  }

  static void assertFinding(
      Finding f, String rule, Severity severity, RecapLevel level, String code) {
    assertThat(f.rule()).isEqualTo(rule);
    assertThat(f.severity()).as("severity of %s", rule).isEqualTo(severity);
    assertThat(f.level()).as("level of %s", rule).isEqualTo(level);
    assertThat(f.code()).as("code of %s", rule).isEqualTo(code);
    assertRenders(f);
  }

  /**
   * The message reads as a sentence in both languages: the key resolved, every placeholder and
   * every field-name reference filled in, and the two languages actually different.
   */
  static void assertRenders(Finding f) {
    String id = f.message(Messages.INDONESIAN);
    String en = f.message(Locale.ENGLISH);
    for (String m : List.of(id, en)) {
      assertThat(m)
          .as("message of %s", f.rule())
          .isNotBlank()
          .doesNotContain(f.message().key())
          .doesNotContainPattern("\\{\\d")
          .doesNotContain("field.")
          .doesNotContain("rule.");
    }
    assertThat(en).as("English message of %s", f.rule()).isNotEqualTo(id);
  }

  static Form ppwp() {
    return new Form(TPS, ContestCode.PPWP, Source.CHASIL, null)
        .set(AdminField.DPT_L, 120)
        .set(AdminField.DPT_P, 130)
        .set(AdminField.DPT, 250)
        .set(AdminField.USERS_DPT_L, 100)
        .set(AdminField.USERS_DPT_P, 110)
        .set(AdminField.USERS_DPT, 210)
        .set(AdminField.USERS_DPTB_L, 3)
        .set(AdminField.USERS_DPTB_P, 2)
        .set(AdminField.USERS_DPTB, 5)
        .set(AdminField.USERS_DPK_L, 1)
        .set(AdminField.USERS_DPK_P, 1)
        .set(AdminField.USERS_DPK, 2)
        .set(AdminField.USERS_L, 104)
        .set(AdminField.USERS_P, 113)
        .set(AdminField.USERS, 217)
        .set(AdminField.BALLOTS_RECEIVED, 255)
        .set(AdminField.BALLOTS_USED, 217)
        .set(AdminField.BALLOTS_RETURNED, 3)
        .set(AdminField.BALLOTS_UNUSED, 35)
        .set(AdminField.DISABLED_L, 2)
        .set(AdminField.DISABLED_P, 1)
        .set(AdminField.DISABLED, 3)
        .set(AdminField.VALID, 210)
        .set(AdminField.INVALID, 7)
        .set(AdminField.TOTAL, 217)
        .vote(1, 70)
        .vote(2, 90)
        .vote(3, 50);
  }

  /** The same form as Sirekap publishes it: blocks I, IV and V only. */
  static Form sirekap() {
    Form f = ppwp().from(Source.SIREKAP);
    for (AdminField field : AdminField.values()) {
      if (!id.rekap.core.result.Block.of(field).carriedBy(Source.SIREKAP)) {
        f.set(field, null);
      }
    }
    return f;
  }

  /**
   * A DPR form of dapil DKI-A: party 1 = 30 party-only + 40 + 20 = 90, party 2 = 50 + 70 = 120; 210
   * valid votes, the voter block of {@link #ppwp()}.
   */
  static Form pdpr() {
    Form f = ppwp();
    f.contest = ContestCode.PDPR;
    f.dapil = "DKI-A";
    f.votes.clear();
    return f.cell(VoteKey.partyOnly(1), 30)
        .cell(VoteKey.partyCandidate(1, 1), 40)
        .cell(VoteKey.partyCandidate(1, 2), 20)
        .cell(VoteKey.partyTotal(1), 90)
        .cell(VoteKey.partyOnly(2), 50)
        .cell(VoteKey.partyCandidate(2, 1), 70)
        .cell(VoteKey.partyTotal(2), 120);
  }

  /** A mutable C.Hasil: change what the test is about, then {@link #result()}. */
  static final class Form {
    TpsCode tps;
    ContestCode contest;
    Source source;
    String dapil;
    final Map<AdminField, Integer> admin = new EnumMap<>(AdminField.class);
    final Map<Integer, Integer> votes = new TreeMap<>();

    Form(TpsCode tps, ContestCode contest, Source source, String dapil) {
      this.tps = tps;
      this.contest = contest;
      this.source = source;
      this.dapil = dapil;
    }

    Form set(AdminField field, Integer value) {
      admin.put(field, value);
      return this;
    }

    Integer get(AdminField field) {
      return admin.get(field);
    }

    /** A candidate's votes (candidates ballots). */
    Form vote(int candidate, Integer value) {
      return cell(VoteKey.candidate(candidate), value);
    }

    Form cell(int key, Integer value) {
      votes.put(key, value);
      return this;
    }

    Form at(TpsCode code) {
      this.tps = code;
      return this;
    }

    Form from(Source s) {
      this.source = s;
      return this;
    }

    TpsResult result() {
      return new TpsResult(tps, contest, source, dapil, AdminBlock.of(admin), Votes.of(votes));
    }
  }
}
