package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.only;
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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R3 (voters = DPT + DPTb + DPK per column), R4 (L + P = L+P per row), R8 (DPT voters ≤ DPT). */
class VoterRowRulesTest {
  @Test
  void r3FailsPerColumnWithTheColumnNamed() {
    // one more DPTb man: the L column no longer adds up (and the DPTb row, R4)
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.USERS_DPTB_L, 4).result()),
            "R3",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values())
        .containsExactly(
            entry("usersL", 104L),
            entry("usersDptL", 100L),
            entry("usersDptbL", 4L),
            entry("usersDpkL", 1L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Jumlah pengguna hak pilih (L) (104) tidak sama dengan DPT + DPTb + DPK (105)");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("Voters who voted (L) (104) differ from DPT + DPTb + DPK (105)");
  }

  @Test
  void r3ChecksTheThreeColumnsSeparately() {
    List<Finding> f =
        withRule(
            tpsFindings(
                ppwp()
                    .set(AdminField.USERS_L, 105)
                    .set(AdminField.USERS_P, 114)
                    .set(AdminField.USERS, 219)
                    .result()),
            "R3");
    assertThat(f).extracting(x -> x.message().args().getFirst()).containsExactly("L", "P", "L+P");
  }

  @Test
  void r3EdgeAZeroRowAddsUpAndABlankDpkRowIsNotEvaluable() {
    assertThat(
            withRule(
                tpsFindings(
                    ppwp()
                        .set(AdminField.USERS_DPK_L, 0)
                        .set(AdminField.USERS_DPK_P, 0)
                        .set(AdminField.USERS_DPK, 0)
                        .set(AdminField.USERS_L, 103)
                        .set(AdminField.USERS_P, 112)
                        .set(AdminField.USERS, 215)
                        .result()),
                "R3"))
        .isEmpty();
    // a keyed form whose DPK row was left blank: R3 cannot add the columns up (R21), while R4 has
    // nothing to say about a row that is blank as a whole
    List<Finding> blank =
        tpsFindings(
            ppwp()
                .set(AdminField.USERS_DPK_L, null)
                .set(AdminField.USERS_DPK_P, null)
                .set(AdminField.USERS_DPK, null)
                .result());
    assertThat(withRule(blank, "R3")).isEmpty();
    assertThat(withRule(blank, "R4")).isEmpty();
    Finding r21 = only(blank, "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(r21.values().get("rules")).asInstanceOf(LIST).containsExactly("R3");
    assertThat(r21.values().get("missing"))
        .asInstanceOf(LIST)
        .containsExactly("usersDpkL", "usersDpkP", "usersDpk");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "DPT_L,DPT_P,DPT,DPT",
    "USERS_DPT_L,USERS_DPT_P,USERS_DPT,Pengguna hak pilih DPT",
    "USERS_DPTB_L,USERS_DPTB_P,USERS_DPTB,Pengguna hak pilih DPTb",
    "USERS_DPK_L,USERS_DPK_P,USERS_DPK,Pengguna hak pilih DPK",
    "USERS_L,USERS_P,USERS,Jumlah pengguna hak pilih",
    "DISABLED_L,DISABLED_P,DISABLED,Pemilih disabilitas"
  })
  void r4FailsOnEveryRowOfBlocksIAndIII(
      AdminField l, AdminField p, AdminField total, String rowName) {
    RuleFixture.Form form = ppwp();
    int written = form.get(total);
    form.set(total, written + 1);
    Finding f =
        only(
            withRule(tpsFindings(form.result()), "R4"),
            "R4",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values())
        .containsExactly(
            entry(l.jsonKey(), (long) form.get(l)),
            entry(p.jsonKey(), (long) form.get(p)),
            entry(total.jsonKey(), (long) written + 1));
    assertThat(f.message(Messages.INDONESIAN))
        .startsWith(rowName + ": laki-laki (" + form.get(l) + ") + perempuan (" + form.get(p))
        .endsWith("tetapi jumlah tertulis " + (written + 1));
  }

  @Test
  void r4EdgeZerosAddUpAndSirekapHasNoDisabledRow() {
    assertThat(
            withRule(
                tpsFindings(
                    ppwp()
                        .set(AdminField.DISABLED_L, 0)
                        .set(AdminField.DISABLED_P, 0)
                        .set(AdminField.DISABLED, 0)
                        .result()),
                "R4"))
        .isEmpty();
    // a disabled-voter number in data from Sirekap (which does not publish block III) is ignored
    assertThat(
            tpsFindings(
                sirekap()
                    .set(AdminField.DISABLED_L, 5)
                    .set(AdminField.DISABLED_P, 5)
                    .set(AdminField.DISABLED, 99)
                    .result()))
        .isEmpty();
  }

  @Test
  void r8FailsWhenMoreDptVotersVotedThanAreOnTheDpt() {
    // 99 men on the DPT, 100 of them voted
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.DPT_L, 99).set(AdminField.DPT, 229).result()),
            "R8",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values()).containsExactly(entry("usersDptL", 100L), entry("dptL", 99L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("Pengguna hak pilih dari DPT (L: 100) melebihi jumlah DPT (99)");
  }

  @Test
  void r8EdgeExactlyTheDptPassesAndAnEmptyDptFailsAllThreeColumns() {
    assertThat(
            withRule(
                tpsFindings(ppwp().set(AdminField.DPT_L, 100).set(AdminField.DPT, 230).result()),
                "R8"))
        .isEmpty();
    // as in real file 3101021002001: DPT read as 0 while 213 DPT voters voted
    List<Finding> f =
        withRule(
            tpsFindings(
                ppwp()
                    .set(AdminField.DPT_L, 0)
                    .set(AdminField.DPT_P, 0)
                    .set(AdminField.DPT, 0)
                    .result()),
            "R8");
    assertThat(f).extracting(x -> x.message().args().getFirst()).containsExactly("L", "P", "L+P");
    assertThat(f.get(2).values()).containsExactly(entry("usersDpt", 210L), entry("dpt", 0L));
  }
}
