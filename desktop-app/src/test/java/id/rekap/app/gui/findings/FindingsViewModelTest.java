package id.rekap.app.gui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.app.gui.RecordingNavigator;
import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.recap.RecapLevel;
import org.junit.jupiter.api.Test;

/** Findings: the check's findings, filtered by rule, severity, place and contest; opening one. */
class FindingsViewModelTest extends DemoWorkspaceTest {
  @Test
  void filtersNarrowTheCheckFindings() {
    FindingsViewModel model = new FindingsViewModel(session, new RecordingNavigator());
    model.refresh();
    assertThat(model.all()).isEqualTo(ws.check().run().findings());
    assertThat(model.shown()).hasSameSizeAs(model.all());
    assertThat(model.rules()).first().isEqualTo("");
    assertThat(model.rules()).contains("R1", "R3", "R21");
    model.rule().set("R3");
    assertThat(model.shown()).isNotEmpty().allMatch(f -> f.rule().equals("R3"));
    model.rule().set("");
    model.severity().set("WARNING");
    assertThat(model.shown()).isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING);
    model.severity().set("");
    model.place().set("3101.01.1001.001");
    assertThat(model.shown()).extracting(Finding::rule).containsExactly("R3", "R3", "R5", "R20");
    model.contest().set("pdpr");
    assertThat(model.shown()).isEmpty();
    model.focus(id.rekap.core.election.ContestCode.PPWP, "310102");
    assertThat(model.shown()).isNotEmpty().allMatch(f -> f.code().startsWith("310102"));
  }

  @Test
  void aTpsFindingOpensTheEntryFormAtItsFieldAndARegionFindingTheRecap() {
    RecordingNavigator nav = new RecordingNavigator();
    FindingsViewModel model = new FindingsViewModel(session, nav);
    model.refresh();
    Finding r5 =
        model.all().stream()
            .filter(f -> f.code().equals(Demo.TPS_WITH_ERRORS) && f.rule().equals("R5"))
            .findFirst()
            .orElseThrow();
    model.open(r5);
    Finding region =
        model.all().stream().filter(f -> f.level() != RecapLevel.TPS).findFirst().orElseThrow();
    model.open(region);
    assertThat(nav.calls)
        .containsExactly("entry ppwp 3101011001001 total", "recap ppwp " + region.code());
    assertThat(model.message(r5)).contains("233", "292");
  }
}
