package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.TPS2;
import static id.rekap.core.check.RuleFixture.TPS3;
import static id.rekap.core.check.RuleFixture.engine;
import static id.rekap.core.check.RuleFixture.only;
import static id.rekap.core.check.RuleFixture.ppwp;
import static id.rekap.core.check.RuleFixture.sirekap;
import static id.rekap.core.check.RuleFixture.tpsFindings;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Messages;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R21: a rule that cannot run because a number of a block the data carries is missing says so, once
 * per TPS or region, naming every such rule and field; it never guesses with the missing numbers. A
 * block the source does not carry at all (Sirekap: II and III) is not "missing".
 */
class IncompleteDataTest {
  @Test
  void oneFindingPerSubjectListsEveryRuleAndFieldInCatalogueOrder() {
    List<Finding> f =
        tpsFindings(
            ppwp().set(AdminField.VALID, null).set(AdminField.BALLOTS_RETURNED, null).result());
    Finding r21 = only(f, "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    assertThat(f).extracting(Finding::rule).containsExactly("R21");
    assertThat(r21.values())
        .containsEntry("rules", List.of("R1", "R2", "R6"))
        .containsEntry("missing", List.of("valid", "ballotsReturned"));
    assertThat(r21.message(Messages.INDONESIAN))
        .isEqualTo("Tidak dapat memeriksa R1, R2, R6: data belum lengkap (valid, ballotsReturned)");
    assertThat(r21.message(Locale.ENGLISH))
        .isEqualTo("Cannot check R1, R2, R6: data incomplete (valid, ballotsReturned)");
  }

  @Test
  void sirekapVotesWithoutTheAdministrasiBlock() {
    // as Sirekap publishes a TPS whose votes were read but not its voter block (status_adm false)
    TpsResult r = sirekap().result();
    r = new TpsResult(r.tps(), r.contest(), r.source(), null, AdminBlock.empty(), r.votes());
    Finding r21 = only(tpsFindings(r), "R21", Severity.WARNING, RecapLevel.TPS, TPS.value());
    // the per-row rules (R3, R4, R8) have nothing at all to compare and stay quiet; the rules
    // that need block V or the DPT say they could not run
    assertThat(r21.values())
        .containsEntry("rules", List.of("R1", "R2", "R5", "R9"))
        .containsEntry("missing", List.of("valid", "invalid", "total", "users", "dpt"));
  }

  @Test
  void aRegionCountsAFieldOnlyWhenEveryReceivedTpsReportedIt() {
    TpsResult noAdmin = sirekap().at(TPS2).vote(1, 99).result();
    noAdmin =
        new TpsResult(
            noAdmin.tps(),
            noAdmin.contest(),
            noAdmin.source(),
            null,
            AdminBlock.empty(),
            noAdmin.votes());
    CheckEngine e = engine(PEMILU, sirekap().result(), noAdmin, sirekap().at(TPS3).result());
    List<Finding> desa = ppwpOnly(e.findingsAt("3101011001"));
    // summing the valid votes of two TPS against the votes of three would fail R1 for no reason
    assertThat(desa).extracting(Finding::rule).containsExactly("R21");
    Finding r21 = only(desa, "R21", Severity.WARNING, RecapLevel.DESA, "3101011001");
    assertThat(r21.values())
        .containsEntry("rules", List.of("R1", "R2", "R5"))
        .containsEntry("missing", List.of("valid", "invalid", "total"));
  }

  @Test
  void aRegionMixingKeyedAndSirekapFormsCannotCheckTheBallotBlock() {
    // TPS keyed (with block II), TPS2 and TPS3 from Sirekap (without): the desa's ballot sums
    // would cover one TPS of three, so R5's ballot comparison and R6 cannot run there
    CheckEngine e =
        engine(PEMILU, ppwp().result(), sirekap().at(TPS2).result(), sirekap().at(TPS3).result());
    Finding r21 =
        only(
            ppwpOnly(e.findingsAt("3101011001")),
            "R21",
            Severity.WARNING,
            RecapLevel.DESA,
            "3101011001");
    assertThat(r21.values())
        .containsEntry("rules", List.of("R5", "R6"))
        .containsEntry(
            "missing",
            List.of("ballotsUsed", "ballotsReceived", "ballotsReturned", "ballotsUnused"));
    // each TPS on its own is complete for its source
    assertThat(e.findingsAt(TPS.value())).isEmpty();
    assertThat(e.findingsAt(TPS2.value())).isEmpty();
  }

  @Test
  void edgeARegionWithNothingInHasOnlyItsMissingTps() {
    CheckEngine e = engine(PEMILU, ppwp().result());
    assertThat(ppwpOnly(e.findingsAt("3101021001")))
        .extracting(Finding::rule)
        .containsExactly("R17");
  }

  @Test
  void edgeTheSeverityOfR21CanBeRaised() {
    CheckEngine e = new CheckEngine(PEMILU, RuleFixture.tree(), Map.of("R21", Severity.ERROR));
    e.load(List.of(ppwp().set(AdminField.VALID, null).result()));
    assertThat(only(e.findingsAt(TPS.value()), "R21", Severity.ERROR, RecapLevel.TPS, TPS.value()))
        .isNotNull();
  }

  private static List<Finding> ppwpOnly(List<Finding> findings) {
    return findings.stream().filter(f -> f.contest() == ContestCode.PPWP).toList();
  }
}
