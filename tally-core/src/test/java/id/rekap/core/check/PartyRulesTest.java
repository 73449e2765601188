package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.TPS2;
import static id.rekap.core.check.RuleFixture.candidates;
import static id.rekap.core.check.RuleFixture.engine;
import static id.rekap.core.check.RuleFixture.only;
import static id.rekap.core.check.RuleFixture.pdpr;
import static id.rekap.core.check.RuleFixture.tpsFindings;
import static id.rekap.core.check.RuleFixture.withRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.rekap.core.common.Messages;
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
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Party-list ballots: R13 (party totals and their sum) and R14 (dapil, parties, Aceh). */
class PartyRulesTest {
  @Test
  void r13FailsWhenAWrittenPartyTotalIsNotPartyPlusCalegVotes() {
    List<Finding> f =
        withRule(tpsFindings(pdpr().cell(VoteKey.partyTotal(2), 121).result()), "R13");
    // the wrong total also makes the totals' sum differ from the valid votes
    assertThat(f)
        .extracting(x -> x.message().key())
        .containsExactly("rule.R13.party", "rule.R13.valid");
    Finding party = f.getFirst();
    RuleFixture.assertFinding(party, "R13", Severity.ERROR, RecapLevel.TPS, TPS.value());
    assertThat(party.values())
        .containsExactly(entry("choices.2.total", 121L), entry("choices.2.computed", 120L));
    assertThat(party.message(Messages.INDONESIAN))
        .isEqualTo(
            "Partai 2: jumlah tertulis (121) tidak sama dengan suara partai + suara calon (120)");
    RuleFixture.assertFinding(f.get(1), "R13", Severity.ERROR, RecapLevel.TPS, TPS.value());
    assertThat(f.get(1).values())
        .containsExactly(entry("valid", 210L), entry("partyTotalsSum", 211L));
  }

  @Test
  void r13FailsWhenThePartyTotalsDoNotAddUpToTheValidVotes() {
    // totals right, valid votes written one too high (with invalid one lower, so R2 holds)
    List<Finding> f =
        tpsFindings(pdpr().set(AdminField.VALID, 211).set(AdminField.INVALID, 6).result());
    Finding r13 = only(f, "R13", Severity.ERROR, RecapLevel.TPS, TPS.value());
    assertThat(r13.message().key()).isEqualTo("rule.R13.valid");
    assertThat(r13.values()).containsExactly(entry("valid", 211L), entry("partyTotalsSum", 210L));
  }

  @Test
  void r13AppliesToTheSumsOfARegionToo() {
    CheckEngine e =
        engine(PEMILU, pdpr().cell(VoteKey.partyTotal(1), 91).result(), pdpr().at(TPS2).result());
    List<Finding> desa = withRule(e.findingsAt("3101011001"), "R13");
    assertThat(desa).extracting(Finding::level).containsOnly(RecapLevel.DESA);
    assertThat(desa.getFirst().values())
        .containsExactly(entry("choices.1.total", 181L), entry("choices.1.computed", 180L));
  }

  @Test
  void r13EdgeAPartyWithNoVotesAddsUpAndAnUnreadCellIsNotEvaluable() {
    // party 2 got nothing at all: 0 + 0 = 0 (party 1 takes its 120 votes to keep the totals)
    assertThat(
            withRule(
                tpsFindings(
                    pdpr()
                        .cell(VoteKey.partyOnly(2), 0)
                        .cell(VoteKey.partyCandidate(2, 1), 0)
                        .cell(VoteKey.partyTotal(2), 0)
                        .cell(VoteKey.partyOnly(1), 150)
                        .cell(VoteKey.partyTotal(1), 210)
                        .result()),
                "R13"))
        .isEmpty();
    List<Finding> unread = tpsFindings(pdpr().cell(VoteKey.partyCandidate(1, 2), null).result());
    assertThat(withRule(unread, "R13")).isEmpty();
    Finding r21 = only(unread, "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(r21.values())
        .containsEntry("rules", List.of("R1", "R13"))
        .containsEntry("missing", List.of("choices", "choices.1"));
  }

  @Test
  void r13DoesNotApplyToCandidateBallots() {
    assertThat(RuleCatalog.rules().stream().filter(r -> r.id().equals("R13")).findFirst())
        .hasValueSatisfying(
            r -> {
              assertThat(r.appliesTo(Shape.CANDIDATES)).isFalse();
              assertThat(r.appliesTo(Shape.PARTY_LISTS)).isTrue();
            });
  }

  @Test
  void r14FailsWhenTheResultIsForAnotherDapil() {
    TpsResult r = pdpr().result();
    TpsResult wrong =
        new TpsResult(r.tps(), r.contest(), r.source(), "DKI-B", r.admin(), r.votes());
    Finding f = only(tpsFindings(wrong), "R14", Severity.ERROR, RecapLevel.TPS, TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R14.dapil");
    assertThat(f.values()).isEmpty();
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("TPS 3101011001001: dapil pada data (DKI-B) bukan dapil TPS ini (DKI-A)");
  }

  @Test
  void r14FailsForVotesOfAPartyNotStandingInTheDapil() {
    // party 3 stands only in DKI-B; this TPS is in DKI-A
    Finding f =
        only(
            tpsFindings(pdpr().cell(VoteKey.partyOnly(3), 5).result()),
            "R14",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R14.party");
    assertThat(f.values()).containsExactly(entry("party", 3));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Partai 3 bukan peserta di dapil DKI-A tetapi memperoleh suara");
  }

  @Test
  void r14FailsForVotesOfACalegNotOnThePartysListInTheDapil() {
    // party 2 has one caleg in DKI-A; caleg number 2 of party 2 does not stand there (keyed data
    // can hold such a cell, Sirekap's file would be refused at import)
    Finding f =
        only(
            tpsFindings(pdpr().cell(VoteKey.partyCandidate(2, 2), 4).result()),
            "R14",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R14.candidate");
    assertThat(f.values()).containsExactly(entry("party", 2), entry("candidate", 2));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Calon nomor 2 bukan calon partai 2 di dapil DKI-A tetapi memperoleh suara");
    // an unread cell of that caleg is no vote
    assertThat(
            withRule(tpsFindings(pdpr().cell(VoteKey.partyCandidate(2, 2), null).result()), "R14"))
        .isEmpty();
  }

  @Test
  void r14EdgeAnUnreadCellOfAnotherPartyIsNoVoteAndNoDapilMeansNoCheck() {
    assertThat(withRule(tpsFindings(pdpr().cell(VoteKey.partyOnly(3), null).result()), "R14"))
        .isEmpty();
    // a result without a dapil code (keyed data may not carry one) is judged by its TPS alone
    TpsResult r = pdpr().result();
    assertThat(
            withRule(
                tpsFindings(
                    new TpsResult(r.tps(), r.contest(), r.source(), null, r.admin(), r.votes())),
                "R14"))
        .isEmpty();
  }

  @Test
  void r14AcehLocalPartiesOnlyOnAcehsDprdBallots() {
    TpsCode aceh = new TpsCode("1101012001001");
    ElectionDefinition election = acehElection();
    RegionTree tree =
        new RegionTree(
            new RegionCode("1101"),
            List.of(new Region(new RegionCode("1101"), "ACEH SELATAN")),
            List.of(Tps.numbered(aceh)));
    CheckEngine e = new CheckEngine(election, tree, Map.of());
    e.load(List.of(local(aceh, ContestCode.PDPR, "A-DPR"), local(aceh, ContestCode.PDPRDK, "A-K")));
    List<Finding> f = withRule(e.findingsAt(aceh.value()), "R14");
    // on the DPRK ballot the local party is allowed; on the DPR ballot it is not
    assertThat(f).hasSize(1);
    RuleFixture.assertFinding(f.getFirst(), "R14", Severity.ERROR, RecapLevel.TPS, aceh.value());
    assertThat(f.getFirst().contest()).isEqualTo(ContestCode.PDPR);
    assertThat(f.getFirst().message().key()).isEqualTo("rule.R14.aceh");
    assertThat(f.getFirst().values()).containsExactly(entry("party", 17));
  }

  @Test
  void r14AcehLocalPartyOutsideAcehFails() {
    // the same DPRK-style ballot with the local party listed, but at a TPS in Jakarta
    TpsCode jakarta = RuleFixture.TPS;
    ElectionDefinition election = acehElection("3101");
    CheckEngine e = new CheckEngine(election, RuleFixture.tree(), Map.of());
    e.load(List.of(local(jakarta, ContestCode.PDPRDK, "A-K")));
    Finding f =
        only(e.findingsAt(jakarta.value()), "R14", Severity.ERROR, RecapLevel.TPS, jakarta.value());
    assertThat(f.message().key()).isEqualTo("rule.R14.aceh");
  }

  private static ElectionDefinition acehElection() {
    return acehElection("1101");
  }

  /** Party 1 and Aceh local party 17 stand in a DPR dapil and a DPRK dapil covering the region. */
  private static ElectionDefinition acehElection(String region) {
    List<PartyList> lists =
        List.of(new PartyList(1, candidates(1)), new PartyList(17, candidates(1)));
    Contest dpr =
        new Contest(
            ContestCode.PDPR,
            "DPR",
            Shape.PARTY_LISTS,
            "",
            List.of(),
            List.of(new Dapil("A-DPR", "DPR", 3, List.of(region), lists)));
    Contest dprk =
        new Contest(
            ContestCode.PDPRDK,
            "DPRK",
            Shape.PARTY_LISTS,
            "",
            List.of(),
            List.of(new Dapil("A-K", "DPRK", 3, List.of(region), lists)));
    return new ElectionDefinition(
        "aceh",
        "Pemilu Aceh uji",
        "2024-02-14",
        300,
        2.0,
        ElectionDefinition.Mode.TEST,
        List.of(new Party(1, "P1", "Partai Satu", false), new Party(17, "PA", "Partai Aceh", true)),
        List.of(dpr, dprk),
        "{}");
  }

  /** A consistent form: party 1 = 100 + 10, local party 17 = 90 + 10; 210 valid votes. */
  private static TpsResult local(TpsCode tps, ContestCode contest, String dapil) {
    RuleFixture.Form f = RuleFixture.ppwp().at(tps);
    f.contest = contest;
    f.dapil = dapil;
    f.votes.clear();
    return f.cell(VoteKey.partyOnly(1), 100)
        .cell(VoteKey.partyCandidate(1, 1), 10)
        .cell(VoteKey.partyTotal(1), 110)
        .cell(VoteKey.partyOnly(17), 90)
        .cell(VoteKey.partyCandidate(17, 1), 10)
        .cell(VoteKey.partyTotal(17), 100)
        .result();
  }
}
