package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.OTHER_DESA_TPS;
import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.SOUTH_TPS;
import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.TPS2;
import static id.rekap.core.check.RuleFixture.engine;
import static id.rekap.core.check.RuleFixture.pdpr;
import static id.rekap.core.check.RuleFixture.ppwp;
import static id.rekap.core.check.RuleFixture.sirekap;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine itself, case by case (the random version is {@link IncrementalCheckPropertyTest}):
 * what it ignores, what an update changes, and the order of its findings.
 */
class CheckEngineTest {
  @Test
  void aResultForATpsTheBallotIsNotVotedAtIsIgnoredByLoadAndUpdate() {
    // DPR voted only in kecamatan 310101 here; a DPR result for a TPS of 310102 belongs nowhere
    Contest pdpr = PEMILU.contest(ContestCode.PDPR).orElseThrow();
    Dapil north = pdpr.dapils().getFirst();
    ElectionDefinition election =
        with(new Contest(pdpr.code(), pdpr.name(), pdpr.shape(), "", List.of(), List.of(north)));
    TpsResult outside = pdpr().at(SOUTH_TPS).result();
    CheckEngine updated = new CheckEngine(election, RuleFixture.tree(), Map.of());
    updated.load(List.of(ppwp().result()));
    updated.update(outside); // used to fail: no region sum above that TPS for this ballot
    CheckEngine loaded = engine(election, ppwp().result(), outside);
    assertThat(updated.findings()).isEqualTo(loaded.findings());
    assertThat(loaded.findingsAt(SOUTH_TPS.value())).isEmpty();
    // and it is not summed into the kab/kota (R16 would see a sum its kecamatan do not explain)
    assertThat(loaded.findings()).extracting(Finding::rule).doesNotContain("R16");
  }

  @Test
  void aFormWithFewerCellsReplacingAnotherLeavesNoEmptyCellBehind() {
    // the only TPS of desa 3101011002: Sirekap with all three pairs, then a keyed form that has
    // no cell for pair 3 (not on that form); the desa sums must not keep a cell nobody has
    TpsResult keyed = ppwp().at(OTHER_DESA_TPS).result();
    keyed =
        new TpsResult(
            keyed.tps(),
            keyed.contest(),
            Source.CHASIL,
            null,
            keyed.admin().with(AdminField.VALID, 160).with(AdminField.INVALID, 57),
            id.rekap.core.result.Votes.of(Map.of(1, 70, 2, 90)));
    CheckEngine updated = engine(PEMILU, sirekap().at(OTHER_DESA_TPS).result());
    updated.update(keyed);
    CheckEngine loaded = engine(PEMILU, sirekap().at(OTHER_DESA_TPS).result(), keyed);
    assertThat(updated.findings()).isEqualTo(loaded.findings());
    assertThat(updated.findingsAt("3101011002"))
        .filteredOn(f -> f.contest() == ContestCode.PPWP)
        .extracting(Finding::rule)
        .doesNotContain("R21", "R1");
  }

  @Test
  void aLowerPrecedenceSourceArrivingLaterDoesNotReplaceTheAdoptedForm() {
    CheckEngine e = engine(PEMILU, ppwp().result());
    e.update(sirekap().vote(1, 75).result());
    // the keyed numbers stay adopted (consistent); Sirekap's difference is shown, not used
    assertThat(e.findingsAt(TPS.value())).extracting(Finding::rule).containsOnly("R19");
    // the other way round: a keyed form over a wrong Sirekap reading replaces it
    CheckEngine f = engine(PEMILU, sirekap().vote(1, 75).result());
    assertThat(f.findingsAt(TPS.value())).extracting(Finding::rule).contains("R1");
    f.update(ppwp().result());
    assertThat(f.findingsAt(TPS.value())).extracting(Finding::rule).containsOnly("R19");
  }

  @Test
  void aPreviewJudgesAFormAsIfAdoptedAndChangesNothing() {
    // Sirekap's reading is wrong (R1); a keyed form with the right numbers previews clean but for
    // the difference from Sirekap, and a wrong keyed form shows its own error
    CheckEngine e = engine(PEMILU, sirekap().vote(1, 75).result());
    List<Finding> before = e.findings();
    assertThat(e.preview(ppwp().result())).extracting(Finding::rule).containsOnly("R19");
    assertThat(e.preview(ppwp().vote(1, 75).result())).extracting(Finding::rule).contains("R1");
    assertThat(e.findings()).isEqualTo(before);
    assertThat(e.sourcesAt(ContestCode.PPWP, TPS)).containsOnlyKeys(Source.SIREKAP);
    assertThat(e.sourcesAt(ContestCode.PPWP, TPS2)).isEmpty();
  }

  @Test
  void theSameNumbersAgainChangeNothing() {
    CheckEngine e = engine(PEMILU, ppwp().vote(1, 71).result(), ppwp().at(TPS2).result());
    List<Finding> before = e.findings();
    e.update(ppwp().vote(1, 71).result());
    e.update(ppwp().at(TPS2).result());
    assertThat(e.findings()).isEqualTo(before);
  }

  @Test
  void resultsOfUnknownContestsOrTpsAreIgnored() {
    CheckEngine e = engine(PEMILU, ppwp().result());
    List<Finding> before = e.findings();
    RuleFixture.Form pilkada = ppwp();
    pilkada.contest = ContestCode.PKWKP;
    e.update(pilkada.result());
    e.update(ppwp().at(new id.rekap.core.region.TpsCode("3101031001001")).vote(1, 1).result());
    assertThat(e.findings()).isEqualTo(before);
  }

  @Test
  void findingsAreOrderedByContestLevelCodeAndRuleNumber() {
    // R10 sorts after R2 (by number, not as text); contests in the definition's order
    CheckEngine e =
        engine(
            PEMILU,
            pdpr().at(TPS2).set(AdminField.INVALID, 8).result(),
            ppwp().vote(2, 307).set(AdminField.INVALID, 8).result());
    List<Finding> all = e.findings();
    List<String> keys = new ArrayList<>();
    all.forEach(f -> keys.add(f.contest() + " " + f.level() + " " + f.code() + " " + f.rule()));
    assertThat(keys)
        .startsWith(
            "ppwp TPS 3101011001001 R1", "ppwp TPS 3101011001001 R2", "ppwp TPS 3101011001001 R10");
    assertThat(all.stream().map(Finding::contest).distinct())
        .containsExactly(ContestCode.PPWP, ContestCode.PDPR, ContestCode.PDPD);
    assertThat(
            all.stream()
                .filter(f -> f.contest() == ContestCode.PPWP)
                .map(Finding::level)
                .distinct())
        .containsExactly(RecapLevel.TPS, RecapLevel.DESA, RecapLevel.KECAMATAN, RecapLevel.KABKOTA);
  }

  private static ElectionDefinition with(Contest pdpr) {
    return new ElectionDefinition(
        PEMILU.id(),
        PEMILU.name(),
        PEMILU.date(),
        PEMILU.maxVotersPerTps(),
        PEMILU.ballotReservePercent(),
        PEMILU.mode(),
        PEMILU.parties(),
        List.of(PEMILU.contest(ContestCode.PPWP).orElseThrow(), pdpr),
        "{}");
  }
}
