package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.engine;
import static id.rekap.core.check.RuleFixture.only;
import static id.rekap.core.check.RuleFixture.ppwp;
import static id.rekap.core.check.RuleFixture.sirekap;
import static id.rekap.core.check.RuleFixture.tpsFindings;
import static id.rekap.core.check.RuleFixture.withRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.rekap.core.common.Messages;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one TPS cannot exceed: R10 (300 voters + 2 % = 306 per count and for the sum of the votes),
 * R11 (three digit boxes: 0..999) and R12 (disabled voters ≤ voters, per column).
 */
class TpsLimitRulesTest {
  @Test
  void r10PassesAtExactly306AndFailsAt307() {
    // one pair takes every vote: 306 is the most a TPS can have (300 voters + 6 reserve)
    assertThat(withRule(tpsFindings(ppwp().vote(1, 0).vote(2, 306).vote(3, 0).result()), "R10"))
        .isEmpty();
    Finding f =
        only(
            tpsFindings(ppwp().vote(1, 0).vote(2, 307).vote(3, 0).result()),
            "R10",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    // the cell and, being the only votes, the sum
    assertThat(f.values())
        .containsExactly(entry("choices.2", 307L), entry("choicesSum", 307L), entry("cap", 306L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Angka melebihi batas 306 per TPS: choices.2 307, choicesSum 307");
  }

  @Test
  void r10CountsTheSumOfTheVotesEvenWhenEachIsBelowTheCap() {
    // the "suara siluman" test: 166 + 90 + 50 = 306 passes, 167 + 90 + 50 = 307 fails
    assertThat(withRule(tpsFindings(ppwp().vote(1, 166).result()), "R10")).isEmpty();
    Finding f =
        only(
            tpsFindings(ppwp().vote(1, 167).result()),
            "R10",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values()).containsExactly(entry("choicesSum", 307L), entry("cap", 306L));
  }

  @Test
  void r10ChecksTheVoterBlockAndUsesPilkadasCap() {
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.DPT_P, 307).result()),
            "R10",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values()).containsExactly(entry("dptP", 307L), entry("cap", 306L));
    // Pilkada 2024: 600 voters + 2.5 % = 615
    ElectionDefinition pilkada = RuleFixture.election(600, 2.5);
    assertThat(withRule(findings(pilkada, ppwp().set(AdminField.DPT_P, 615).result()), "R10"))
        .isEmpty();
    Finding p =
        only(
            findings(pilkada, ppwp().set(AdminField.DPT_P, 616).result()),
            "R10",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(p.values()).containsEntry("cap", 615L);
  }

  @Test
  void r10EdgeUnreadCellsAndNotCarriedBlocksAreNotCounted() {
    // an unread cell is not 0 and not over the cap; the sum cannot be formed
    assertThat(withRule(tpsFindings(ppwp().vote(1, null).vote(2, 300).result()), "R10")).isEmpty();
    // Sirekap publishes no ballot block, so a stray number there is not the data's
    assertThat(
            withRule(tpsFindings(sirekap().set(AdminField.BALLOTS_RECEIVED, 400).result()), "R10"))
        .isEmpty();
  }

  @Test
  void r11PassesAt999AndFailsAt1000() {
    // a cap high enough that R10 stays quiet: only the boxes of the form limit the number
    ElectionDefinition big = RuleFixture.election(1000, 2.0);
    assertThat(findings(big, ppwp().vote(1, 0).vote(2, 0).vote(3, 999).result()))
        .extracting(Finding::rule)
        .doesNotContain("R10", "R11");
    List<Finding> over = findings(big, ppwp().vote(1, 0).vote(2, 0).vote(3, 1000).result());
    assertThat(withRule(over, "R10")).isEmpty();
    Finding f = only(over, "R11", Severity.ERROR, RecapLevel.TPS, TPS.value());
    assertThat(f.values()).containsExactly(entry("choices.3", 1000L), entry("max", 999L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo(
            "Angka tidak muat dalam kotak tiga digit formulir: choices.3 1.000 (maksimum 999)");
  }

  @Test
  void r11AlsoChecksEveryAdminFieldAndZeroFits() {
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.BALLOTS_UNUSED, 1035).result()),
            "R11",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values()).containsExactly(entry("ballotsUnused", 1035L), entry("max", 999L));
    // Pemilu: 1000 is over the TPS cap as well
    assertThat(tpsFindings(ppwp().vote(1, 1000).result()))
        .extracting(Finding::rule)
        .contains("R10", "R11");
    assertThat(withRule(tpsFindings(ppwp().vote(3, 0).result()), "R11")).isEmpty();
  }

  @Test
  void r12FailsWhenMoreDisabledVotersThanVotersPerColumn() {
    Finding f =
        only(
            tpsFindings(
                ppwp().set(AdminField.DISABLED_L, 105).set(AdminField.DISABLED, 106).result()),
            "R12",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values()).containsExactly(entry("disabledL", 105L), entry("usersL", 104L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Pemilih disabilitas (L: 105) melebihi pengguna hak pilih (104)");
  }

  @Test
  void r12EdgeEveryVoterDisabledPassesAndABlankBlockIIIIsIncompleteNotWrong() {
    // 104 men voted, all 104 disabled: allowed
    assertThat(
            withRule(
                tpsFindings(
                    ppwp().set(AdminField.DISABLED_L, 104).set(AdminField.DISABLED, 105).result()),
                "R12"))
        .isEmpty();
    // block III left blank on a keyed form: not an error, but R12 could not be checked (R21)
    List<Finding> blank =
        tpsFindings(
            ppwp()
                .set(AdminField.DISABLED_L, null)
                .set(AdminField.DISABLED_P, null)
                .set(AdminField.DISABLED, null)
                .result());
    assertThat(blank).extracting(Finding::rule).containsExactly("R21");
    assertThat(blank.getFirst().values())
        .containsEntry("rules", List.of("R12"))
        .containsEntry("missing", List.of("disabledL", "disabledP", "disabled"));
  }

  private static List<Finding> findings(ElectionDefinition election, TpsResult result) {
    return engine(election, result).findingsAt(result.tps().value());
  }
}
