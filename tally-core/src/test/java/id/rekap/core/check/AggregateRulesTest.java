package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.ALL_TPS;
import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.TPS2;
import static id.rekap.core.check.RuleFixture.engine;
import static id.rekap.core.check.RuleFixture.only;
import static id.rekap.core.check.RuleFixture.ppwp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.rekap.core.common.Messages;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.Tally;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tiers: R16 (a region equals the sum of its children) and R17 (every TPS is in). */
class AggregateRulesTest {
  private static final Contest PPWP = PEMILU.contest(ContestCode.PPWP).orElseThrow();

  @Test
  void r16FailsWhenTheKeptSumDriftedFromTheChildren() {
    // R16 guards the engine's incremental sums; the engine keeps them right, so the drift is
    // staged here on a region subject built by hand
    Tally kept = tally(ppwp().result());
    Tally children = tally(ppwp().vote(1, 71).result());
    Finding f = only(r16(kept, children), "R16", Severity.ERROR, RecapLevel.DESA, "3101011001");
    assertThat(f.values())
        .containsExactly(entry("choices.1", 70L), entry("choices.1.children", 71L));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo(
            "Jumlah wilayah tidak sama dengan jumlah wilayah di bawahnya: choices.1 70 ≠ 71");
  }

  @Test
  void r16PassesWhenTheSumsAgree() {
    assertThat(r16(tally(ppwp().result()), tally(ppwp().result()))).isEmpty();
  }

  @Test
  void r16EdgeOnlyTheNumberOfResultsDiffers() {
    // an extra result that reports nothing changes no sum, but the counts still differ
    TpsResult blank =
        new TpsResult(
            TPS2, ContestCode.PPWP, Source.CHASIL, null, AdminBlock.empty(), Votes.empty());
    Finding f =
        only(
            r16(tally(ppwp().result(), blank), tally(ppwp().result())),
            "R16",
            Severity.ERROR,
            RecapLevel.DESA,
            "3101011001");
    assertThat(f.values()).containsExactly(entry("results", 2L), entry("results.children", 1L));
    assertThat(f.message(Messages.INDONESIAN)).endsWith(": TPS 2 ≠ 1");
  }

  @Test
  void r16NeverFiresOnTheEnginesOwnSums() {
    CheckEngine e = engine(PEMILU, ppwp().result(), ppwp().at(TPS2).result());
    e.update(ppwp().vote(1, 80).result());
    e.update(ppwp().at(TPS2).from(Source.SIREKAP).vote(2, 1).result());
    assertThat(e.findings()).extracting(Finding::rule).doesNotContain("R16");
  }

  @Test
  void r17ListsTheMissingTpsAtEveryLevel() {
    CheckEngine e = engine(PEMILU, ppwp().result(), ppwp().at(TPS2).result());
    Finding desa =
        only(
            ppwpOnly(e.findingsAt("3101011001")),
            "R17",
            Severity.ERROR,
            RecapLevel.DESA,
            "3101011001");
    assertThat(desa.contest()).isEqualTo(ContestCode.PPWP);
    assertThat(desa.values())
        .containsExactly(entry("expected", 3L), entry("received", 2L), entry("missing", 1L));
    assertThat(desa.message(Messages.INDONESIAN))
        .isEqualTo("1 dari 3 TPS belum masuk: 3101011001003");
    Finding kab =
        only(ppwpOnly(e.findingsAt("3101")), "R17", Severity.ERROR, RecapLevel.KABKOTA, "3101");
    assertThat(kab.values()).containsEntry("missing", 4L);
    assertThat(kab.message(Messages.INDONESIAN))
        .isEqualTo(
            "4 dari 6 TPS belum masuk: 3101011001003, 3101011002001, 3101021001001,"
                + " 3101021001002");
    // a desa with nothing in yet: R17 only, no rule guesses at its empty sums
    assertThat(ppwpOnly(e.findingsAt("3101021001")))
        .extracting(Finding::rule)
        .containsExactly("R17");
  }

  @Test
  void r17PassesWhenEveryTpsIsIn() {
    CheckEngine e =
        engine(PEMILU, ALL_TPS.stream().map(t -> ppwp().at(t).result()).toArray(TpsResult[]::new));
    assertThat(ppwpOnly(e.findings())).isEmpty();
  }

  @Test
  void r17EdgeListsTenTpsAndThenEllipsis() {
    List<Tps> tps = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      tps.add(Tps.numbered(TpsCode.of(new RegionCode("3101011001"), i)));
    }
    RegionTree tree =
        new RegionTree(
            new RegionCode("310101"), List.of(new Region(new RegionCode("310101"), "X")), tps);
    CheckEngine e = new CheckEngine(PEMILU, tree, Map.of());
    e.load(List.of(ppwp().at(tps.getLast().code()).result()));
    Finding f =
        only(
            ppwpOnly(e.findingsAt("3101011001")),
            "R17",
            Severity.ERROR,
            RecapLevel.DESA,
            "3101011001");
    String msg = f.message(Messages.INDONESIAN);
    assertThat(msg)
        .startsWith("11 dari 12 TPS belum masuk: 3101011001001, ")
        .endsWith("3101011001010, …");
    assertThat(msg).doesNotContain("3101011001011");
    // a kecamatan workspace has no kab/kota level above it
    assertThat(e.findingsAt("3101")).isEmpty();
  }

  private static List<Finding> r16(Tally kept, Tally children) {
    Subject s =
        new Subject(
            PEMILU,
            PPWP,
            RecapLevel.DESA,
            "3101011001",
            Figures.of(kept),
            null,
            new Subject.Region(kept, Map.of("3101011001:tps", children), 3, 3, List.of()));
    Report report = new Report(s, Thresholds.of(PEMILU), RuleCatalog.defaults()::get);
    new AggregateRules.SumOfChildren().check(s, report);
    return report.findings();
  }

  private static Tally tally(TpsResult... results) {
    Tally t = new Tally();
    for (TpsResult r : results) {
      t.add(r);
    }
    return t;
  }

  private static List<Finding> ppwpOnly(List<Finding> findings) {
    return findings.stream().filter(f -> f.contest() == ContestCode.PPWP).toList();
  }
}
