package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.only;
import static id.rekap.core.check.RuleFixture.pdpr;
import static id.rekap.core.check.RuleFixture.ppwp;
import static id.rekap.core.check.RuleFixture.tpsFindings;
import static id.rekap.core.check.RuleFixture.withRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.rekap.core.common.Messages;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import org.junit.jupiter.api.Test;

/**
 * R20, the patterns citizens' checkers flagged in 2024 (warnings only): turnout of exactly 100 %
 * from a DPT of 100 up, every valid vote for one choice from 50 valid votes up, and votes where
 * nobody voted. Each test sets only the numbers of its pattern; other rules may fail meanwhile.
 */
class OutliersRuleTest {
  @Test
  void r20WarnsOnExactlyFullTurnout() {
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.USERS, 250).result()),
            "R20",
            Severity.WARNING,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R20.fullTurnout");
    assertThat(f.values()).containsExactly(entry("users", 250L), entry("dpt", 250L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Kehadiran tepat 100%: semua 250 pemilih DPT menggunakan hak pilih");
  }

  @Test
  void r20FullTurnoutEdgeAtTheMinimumDpt() {
    // outlierMinDpt = 100: a DPT of 100 all voting is flagged, a DPT of 99 is too small to tell
    assertThat(
            withRule(
                tpsFindings(ppwp().set(AdminField.DPT, 100).set(AdminField.USERS, 100).result()),
                "R20"))
        .hasSize(1);
    assertThat(
            withRule(
                tpsFindings(ppwp().set(AdminField.DPT, 99).set(AdminField.USERS, 99).result()),
                "R20"))
        .isEmpty();
    // one voter short of 100 % is ordinary
    assertThat(withRule(tpsFindings(ppwp().set(AdminField.USERS, 249).result()), "R20")).isEmpty();
  }

  @Test
  void r20WarnsWhenEveryValidVoteWentToOneChoice() {
    Finding f =
        only(
            tpsFindings(ppwp().vote(1, 0).vote(2, 210).vote(3, 0).result()),
            "R20",
            Severity.WARNING,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R20.oneChoice");
    assertThat(f.values()).containsExactly(entry("choices.2", 210L), entry("valid", 210L));
    assertThat(f.message(Messages.INDONESIAN)).isEqualTo("Semua 210 suara sah untuk choices.2");
  }

  @Test
  void r20OneChoiceEdgeAtTheMinimumValidVotes() {
    // outlierMinVotes = 50: 50 valid votes all for one pair is flagged, 49 is too few to tell
    assertThat(
            withRule(
                tpsFindings(
                    ppwp().vote(1, 50).vote(2, 0).vote(3, 0).set(AdminField.VALID, 50).result()),
                "R20"))
        .extracting(f -> f.message().key())
        .containsExactly("rule.R20.oneChoice");
    assertThat(
            withRule(
                tpsFindings(
                    ppwp().vote(1, 49).vote(2, 0).vote(3, 0).set(AdminField.VALID, 49).result()),
                "R20"))
        .isEmpty();
  }

  @Test
  void r20OneChoiceOnAPartyListCountsPartyPlusCaleg() {
    Finding f =
        only(
            tpsFindings(
                pdpr()
                    .cell(VoteKey.partyOnly(1), 150)
                    .cell(VoteKey.partyTotal(1), 210)
                    .cell(VoteKey.partyOnly(2), 0)
                    .cell(VoteKey.partyCandidate(2, 1), 0)
                    .cell(VoteKey.partyTotal(2), 0)
                    .result()),
            "R20",
            Severity.WARNING,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values()).containsExactly(entry("choices.1", 210L), entry("valid", 210L));
  }

  @Test
  void r20WarnsOnVotesWhereNobodyVoted() {
    // as in real file 3101011001013: 206 votes, 0 voters
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.USERS, 0).result()),
            "R20",
            Severity.WARNING,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.message().key()).isEqualTo("rule.R20.votesWithoutVoters");
    assertThat(f.values()).containsExactly(entry("users", 0L), entry("choicesSum", 210L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Ada 210 suara padahal pengguna hak pilih 0");
  }

  @Test
  void r20EdgeAnEmptyBoxIsNotAnOutlier() {
    assertThat(
            withRule(
                tpsFindings(
                    ppwp()
                        .vote(1, 0)
                        .vote(2, 0)
                        .vote(3, 0)
                        .set(AdminField.VALID, 0)
                        .set(AdminField.USERS, 0)
                        .result()),
                "R20"))
        .isEmpty();
  }
}
