package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.TPS2;
import static id.rekap.core.check.RuleFixture.engine;
import static id.rekap.core.check.RuleFixture.only;
import static id.rekap.core.check.RuleFixture.pdpr;
import static id.rekap.core.check.RuleFixture.ppwp;
import static id.rekap.core.check.RuleFixture.sirekap;
import static id.rekap.core.check.RuleFixture.tpsFindings;
import static id.rekap.core.check.RuleFixture.withRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import id.rekap.core.common.Messages;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * R1 (Σ votes = suara sah), R2 (sah + tidak sah = total) and R5 (total = voters = ballots used).
 */
class VoteTotalRulesTest {
  @Test
  void r1FailsWhenTheVotesDoNotAddUpToTheValidVotes() {
    Finding f =
        only(
            tpsFindings(ppwp().vote(1, 71).result()),
            "R1",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    // the written number first, then the computed one, always in this order (stable output)
    assertThat(f.values()).containsExactly(entry("valid", 210L), entry("choicesSum", 211L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Jumlah suara sah (210) tidak sama dengan jumlah perolehan suara (211)");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("Valid votes (210) differ from the sum of the votes (211)");
  }

  @Test
  void r1AlsoFailsOnTheSumsOfEveryRegionAbove() {
    // identities are linear: one bad TPS makes the desa, kecamatan and kab/kota sums fail too
    CheckEngine e = engine(PEMILU, ppwp().vote(1, 71).result(), ppwp().at(TPS2).result());
    Finding desa =
        only(e.findingsAt("3101011001"), "R1", Severity.ERROR, RecapLevel.DESA, "3101011001");
    assertThat(desa.values()).containsExactly(entry("valid", 420L), entry("choicesSum", 421L));
    only(e.findingsAt("310101"), "R1", Severity.ERROR, RecapLevel.KECAMATAN, "310101");
    only(e.findingsAt("3101"), "R1", Severity.ERROR, RecapLevel.KABKOTA, "3101");
    assertThat(withRule(e.findingsAt(TPS2.value()), "R1")).isEmpty();
  }

  @Test
  void r1CountsPartyAndCalegVotesButNotTheWrittenPartyTotals() {
    // a wrong written total is R13's business; the votes cast still add up to the valid votes
    List<Finding> f = tpsFindings(pdpr().cell(VoteKey.partyTotal(1), 91).result());
    assertThat(withRule(f, "R1")).isEmpty();
    assertThat(withRule(f, "R13")).isNotEmpty();
    // one more caleg vote is a vote cast: R1 fails
    only(
        tpsFindings(pdpr().cell(VoteKey.partyCandidate(1, 2), 21).result()),
        "R1",
        Severity.ERROR,
        RecapLevel.TPS,
        TPS.value());
  }

  @Test
  void r1EdgeAllZeroIsConsistentAndAnUnreadCellIsNotEvaluable() {
    assertThat(
            withRule(
                tpsFindings(
                    ppwp().vote(1, 0).vote(2, 0).vote(3, 0).set(AdminField.VALID, 0).result()),
                "R1"))
        .isEmpty();
    List<Finding> unread = tpsFindings(ppwp().vote(2, null).result());
    assertThat(withRule(unread, "R1")).isEmpty();
    Finding r21 = only(unread, "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(r21.values()).containsEntry("rules", List.of("R1")).containsKey("missing");
    assertThat(r21.values().get("missing")).asInstanceOf(LIST).containsExactly("choices");
  }

  @Test
  void r2FailsWhenValidPlusInvalidIsNotTheTotal() {
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.INVALID, 8).result()),
            "R2",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values())
        .containsExactly(entry("valid", 210L), entry("invalid", 8L), entry("total", 217L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo(
            "Suara sah (210) + tidak sah (8) = 218, tetapi jumlah seluruh suara tertulis 217");
  }

  @Test
  void r2PassesOnAnEmptyBoxAndIsNotEvaluableWithoutTheTotal() {
    assertThat(
            withRule(
                tpsFindings(
                    ppwp()
                        .vote(1, 0)
                        .vote(2, 0)
                        .vote(3, 0)
                        .set(AdminField.VALID, 0)
                        .set(AdminField.INVALID, 0)
                        .set(AdminField.TOTAL, 0)
                        .result()),
                "R2"))
        .isEmpty();
    List<Finding> noTotal = tpsFindings(ppwp().set(AdminField.TOTAL, null).result());
    assertThat(withRule(noTotal, "R2")).isEmpty();
    assertThat(withRule(noTotal, "R5")).isEmpty();
    Finding r21 = only(noTotal, "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(r21.values().get("rules")).asInstanceOf(LIST).containsExactly("R2", "R5");
    assertThat(r21.values().get("missing")).asInstanceOf(LIST).containsExactly("total");
  }

  @Test
  void r5FailsWhenTheTotalIsNotTheNumberOfVoters() {
    // 8 invalid: total 218 = 210 + 8 and 218 ballots used, but 217 voters
    Finding f =
        only(
            tpsFindings(
                ppwp()
                    .set(AdminField.INVALID, 8)
                    .set(AdminField.TOTAL, 218)
                    .set(AdminField.BALLOTS_USED, 218)
                    .set(AdminField.BALLOTS_UNUSED, 34)
                    .result()),
            "R5",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R5");
    assertThat(f.values()).containsExactly(entry("total", 218L), entry("users", 217L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Jumlah suara (218) tidak sama dengan pengguna hak pilih (217)");
  }

  @Test
  void r5FailsWhenTheTotalIsNotTheBallotsUsed() {
    Finding f =
        only(
            tpsFindings(
                ppwp()
                    .set(AdminField.BALLOTS_USED, 216)
                    .set(AdminField.BALLOTS_UNUSED, 36)
                    .result()),
            "R5",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R5.ballots");
    assertThat(f.values()).containsExactly(entry("total", 217L), entry("ballotsUsed", 216L));
  }

  @Test
  void r5EdgeBothComparisonsFailSeparatelyAndSirekapHasNoBallotsToCompare() {
    List<Finding> both = tpsFindings(ppwp().set(AdminField.TOTAL, 300).result());
    assertThat(withRule(both, "R5"))
        .extracting(f -> f.message().key())
        .containsExactly("rule.R5", "rule.R5.ballots");
    // Sirekap carries no ballot block: only voters are compared, and nothing is "missing"
    List<Finding> s =
        tpsFindings(sirekap().set(AdminField.INVALID, 8).set(AdminField.TOTAL, 218).result());
    assertThat(withRule(s, "R5")).extracting(f -> f.message().key()).containsExactly("rule.R5");
    assertThat(withRule(s, "R21")).isEmpty();
  }
}
