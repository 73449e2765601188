package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.engine;
import static id.rekap.core.check.RuleFixture.pdpr;
import static id.rekap.core.check.RuleFixture.ppwp;
import static id.rekap.core.check.RuleFixture.sirekap;
import static id.rekap.core.check.RuleFixture.tpsFindings;
import static id.rekap.core.check.RuleFixture.withRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.rekap.core.common.Messages;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Rules that compare one form with another: R15 (the voter block is the same on every ballot of a
 * TPS) and R19 (the sources of one result agree; the adopted one wins).
 */
class CrossFormRulesTest {
  @Test
  void r15WarnsOnTheOtherBallotWhenItsDptDiffersFromPpwp() {
    TpsResult dpr = pdpr().set(AdminField.DPT_L, 121).set(AdminField.DPT, 251).result();
    List<Finding> f = withRule(tpsFindings(ppwp().result(), dpr), "R15");
    // reported on the DPR ballot (PPWP is the reference every voter receives), per field
    assertThat(f).extracting(Finding::contest).containsOnly(ContestCode.PDPR);
    assertThat(f).hasSize(2);
    RuleFixture.assertFinding(f.getFirst(), "R15", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(f.getFirst().values()).containsExactly(entry("pdpr", 121L), entry("ppwp", 120L));
    assertThat(f.getFirst().message(Messages.INDONESIAN))
        .isEqualTo("DPT laki-laki (121) berbeda dengan surat suara ppwp di TPS yang sama (120)");
    assertThat(f.getFirst().message(Locale.ENGLISH))
        .isEqualTo("DPT men (121) differs from the ppwp ballot of the same TPS (120)");
    assertThat(f.get(1).values()).containsExactly(entry("pdpr", 251L), entry("ppwp", 250L));
  }

  @Test
  void r15EdgeDptbVotersMayDifferAndUnreadFieldsAreNotCompared() {
    // voters who moved dapil get fewer ballots: DPTb (and so the totals) may differ
    TpsResult moved =
        pdpr()
            .set(AdminField.USERS_DPTB_L, 2)
            .set(AdminField.USERS_DPTB, 4)
            .set(AdminField.USERS_L, 103)
            .set(AdminField.USERS, 216)
            .result();
    assertThat(withRule(tpsFindings(ppwp().result(), moved), "R15")).isEmpty();
    TpsResult unread = pdpr().set(AdminField.DPT_L, null).result();
    assertThat(withRule(tpsFindings(ppwp().result(), unread), "R15")).isEmpty();
  }

  @Test
  void r15WithoutPpwpComparesWithTheFirstBallotOfTheDefinition() {
    // DPR comes before DPD in the definition: DPD is compared with DPR, DPR with nothing
    TpsResult dpd = ppwp().set(AdminField.DPT_P, 131).set(AdminField.DPT, 251).result();
    dpd = new TpsResult(TPS, ContestCode.PDPD, Source.CHASIL, null, dpd.admin(), dpd.votes());
    List<Finding> f = withRule(tpsFindings(pdpr().result(), dpd), "R15");
    assertThat(f).extracting(Finding::contest).containsOnly(ContestCode.PDPD);
    assertThat(f.getFirst().values()).containsExactly(entry("pdpd", 131L), entry("pdpr", 130L));
  }

  @Test
  void r15FollowsAnUpdateOfTheReferenceBallot() {
    CheckEngine e = engine(PEMILU, ppwp().result(), pdpr().result());
    assertThat(withRule(e.findingsAt(TPS.value()), "R15")).isEmpty();
    // a corrected PPWP form arrives: the DPR ballot, not updated itself, now disagrees with it
    e.update(ppwp().set(AdminField.DPT_L, 119).set(AdminField.DPT, 249).result());
    assertThat(withRule(e.findingsAt(TPS.value()), "R15")).hasSize(2);
  }

  @Test
  void r19WarnsWhereSirekapDiffersFromTheKeyedFormWhichWins() {
    TpsResult keyed = ppwp().result();
    TpsResult read =
        sirekap().vote(1, 76).set(AdminField.VALID, 216).set(AdminField.INVALID, 1).result();
    List<Finding> all = tpsFindings(keyed, read);
    List<Finding> f = withRule(all, "R19");
    assertThat(f).hasSize(3);
    f.forEach(
        x -> RuleFixture.assertFinding(x, "R19", Severity.WARNING, RecapLevel.TPS, TPS.value()));
    assertThat(f)
        .extracting(x -> x.values().get("field"))
        .containsExactly("valid", "invalid", "choices.1");
    assertThat(f.getFirst().values())
        .containsExactly(entry("chasil", 210L), entry("sirekap", 216L), entry("field", "valid"));
    assertThat(f.getFirst().message(Messages.INDONESIAN))
        .isEqualTo("Suara sah: chasil 210, tetapi sirekap 216");
    // the keyed numbers are the ones checked: they are consistent, so nothing else is found
    assertThat(all).extracting(Finding::rule).containsOnly("R19");
  }

  @Test
  void r19EdgeAgreeingSourcesAndFieldsOnlyOneSourceHasAreQuiet() {
    // Sirekap has no ballot block; the keyed form has it: nothing to compare, nothing to say
    assertThat(tpsFindings(ppwp().result(), sirekap().result())).isEmpty();
    // a third source differing too gives its own finding
    TpsResult salinan = ppwp().from(Source.SALINAN).vote(3, 51).result();
    TpsResult read = sirekap().vote(3, 52).result();
    List<Finding> f = withRule(tpsFindings(ppwp().result(), salinan, read), "R19");
    assertThat(f)
        .extracting(x -> x.values().keySet().stream().toList())
        .containsExactly(
            List.of("chasil", "salinan", "field"), List.of("chasil", "sirekap", "field"));
  }
}
