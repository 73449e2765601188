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
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import id.rekap.core.common.Messages;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The ballot block and the reserve: R6 (received = used + returned + unused), R7 (received = DPT +
 * reserve, rounded up) and R9 (voters ≤ DPT + reserve, the ballots there are).
 */
class BallotRulesTest {
  @Test
  void r6FailsWhenTheBallotsDoNotBalance() {
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.BALLOTS_RETURNED, 4).result()),
            "R6",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values())
        .containsExactly(
            entry("ballotsReceived", 255L),
            entry("ballotsUsed", 217L),
            entry("ballotsReturned", 4L),
            entry("ballotsUnused", 35L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo(
            "Surat suara diterima (255) tidak sama dengan digunakan + dikembalikan + tidak"
                + " digunakan (256)");
  }

  @Test
  void r6EdgeSirekapHasNoBallotBlockButAKeyedFormMissingOneIsIncomplete() {
    // not carried at all: skipped silently, not "incomplete"
    assertThat(tpsFindings(sirekap().result())).isEmpty();
    List<Finding> f = tpsFindings(ppwp().set(AdminField.BALLOTS_RETURNED, null).result());
    assertThat(withRule(f, "R6")).isEmpty();
    Finding r21 = only(f, "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(r21.values().get("rules")).asInstanceOf(LIST).containsExactly("R6");
    assertThat(r21.values().get("missing")).asInstanceOf(LIST).containsExactly("ballotsReturned");
  }

  @Test
  void r7PassesWithTheReserveRoundedUp() {
    // DPT 251: 2 % is 5.02 ballots, so the TPS receives 6 reserve ballots, 257 in all
    assertThat(withRule(tpsFindings(dpt251(257, 37)), "R7")).isEmpty();
  }

  @Test
  void r7WarnsWhenTheReserveWasRoundedDown() {
    Finding f =
        only(tpsFindings(dpt251(256, 36)), "R7", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(f.values())
        .containsExactly(
            entry("ballotsReceived", 256L), entry("dpt", 251L), entry("expected", 257L));
    // the percentage as each language writes it
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo(
            "Surat suara diterima (256) tidak sama dengan DPT + cadangan (257; DPT 251, cadangan"
                + " 2%)");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("Ballots received (256) differ from DPT + reserve (257; DPT 251, reserve 2%)");
  }

  @Test
  void r7UsesTheElectionsReserveForPilkada() {
    // Pilkada 2024: 2.5 %; DPT 201 → 5.025 → 6 reserve ballots (only R7 is looked at here)
    var pilkada = RuleFixture.election(600, 2.5);
    TpsResult exact =
        ppwp().set(AdminField.DPT, 201).set(AdminField.BALLOTS_RECEIVED, 207).result();
    assertThat(withRule(engine(pilkada, exact).findingsAt(TPS.value()), "R7")).isEmpty();
    TpsResult short1 =
        ppwp().set(AdminField.DPT, 201).set(AdminField.BALLOTS_RECEIVED, 206).result();
    Finding f =
        only(
            engine(pilkada, short1).findingsAt(TPS.value()),
            "R7",
            Severity.WARNING,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values()).containsEntry("expected", 207L);
    assertThat(f.message(Messages.INDONESIAN)).endsWith("cadangan 2,5%)");
    assertThat(f.message(Locale.ENGLISH)).endsWith("reserve 2.5%)");
  }

  @Test
  void r7EdgeNoBallotBlockFromSirekapAndNoDptOnAKeyedForm() {
    assertThat(withRule(tpsFindings(sirekap().set(AdminField.DPT, 251).result()), "R7")).isEmpty();
    List<Finding> f =
        tpsFindings(
            ppwp()
                .set(AdminField.DPT_L, null)
                .set(AdminField.DPT_P, null)
                .set(AdminField.DPT, null)
                .result());
    Finding r21 = only(f, "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(r21.values().get("rules")).asInstanceOf(LIST).contains("R7", "R9");
    assertThat(r21.values().get("missing")).asInstanceOf(LIST).contains("dpt");
  }

  @Test
  void r9PassesAtExactlyDptPlusReserveAndFailsOneAbove() {
    // DPT 250 + 5 reserve = 255 ballots: 255 voters can vote, 256 cannot
    assertThat(withRule(tpsFindings(ppwp().set(AdminField.USERS, 255).result()), "R9")).isEmpty();
    Finding f =
        only(
            tpsFindings(ppwp().set(AdminField.USERS, 256).result()),
            "R9",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values())
        .containsExactly(entry("users", 256L), entry("dpt", 250L), entry("available", 255L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo(
            "Pengguna hak pilih (256) melebihi surat suara yang tersedia (255; DPT 250 + cadangan)");
  }

  @Test
  void r9EdgeReserveRoundsUpAndAnEmptyDptHasNoBallots() {
    // DPT 251: 257 ballots
    assertThat(
            withRule(
                tpsFindings(ppwp().set(AdminField.DPT, 251).set(AdminField.USERS, 257).result()),
                "R9"))
        .isEmpty();
    assertThat(
            withRule(
                tpsFindings(ppwp().set(AdminField.DPT, 251).set(AdminField.USERS, 258).result()),
                "R9"))
        .hasSize(1);
    Finding zero =
        only(
            tpsFindings(ppwp().set(AdminField.DPT, 0).result()),
            "R9",
            Severity.ERROR,
            RecapLevel.TPS,
            TPS.value());
    assertThat(zero.values()).containsEntry("available", 0L);
  }

  /** DPT 251 (121 + 130) with the given ballots received and unused (used 217, returned 3). */
  private static TpsResult dpt251(int received, int unused) {
    return ppwp()
        .set(AdminField.DPT_L, 121)
        .set(AdminField.DPT, 251)
        .set(AdminField.BALLOTS_RECEIVED, received)
        .set(AdminField.BALLOTS_UNUSED, unused)
        .result();
  }
}
