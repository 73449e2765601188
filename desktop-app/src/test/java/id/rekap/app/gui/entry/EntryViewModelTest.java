package id.rekap.app.gui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keyed entry: the form in paper order, live checks, double entry and the verifier. */
class EntryViewModelTest extends DemoWorkspaceTest {
  static final Map<String, String> FORM =
      Map.of(
          "choices.1", "83",
          "choices.2", "107",
          "choices.3", "38",
          "valid", "228",
          "invalid", "5",
          "total", "233");

  private static void type(EntryViewModel model, Map<String, String> values) {
    for (FormField f : model.fields()) {
      f.value().set(values.getOrDefault(f.label(), ""));
    }
  }

  private static FormField field(EntryViewModel model, String label) {
    return model.fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void theFormFollowsThePaperAndShowsSirekapAndTheRulesAsTyped() {
    Demo.login(session, "ani");
    EntryViewModel model = new EntryViewModel(session);
    model.refresh();
    model.open(ContestCode.PPWP, Demo.TPS_WITH_ERRORS, "valid");
    assertThat(model.focus().get()).isEqualTo("valid");
    assertThat(model.heading().get()).contains("TPS 001", "PULAU PANGGANG", Demo.TPS_WITH_ERRORS);
    // blocks I–III, then IV (the three pairs), then V
    assertThat(model.fields().getFirst().label()).isEqualTo("dptL");
    assertThat(model.fields().stream().map(FormField::label).toList())
        .containsSubsequence("disabled", "choices.1", "choices.2", "choices.3", "valid", "total");
    assertThat(field(model, "dpt").sirekap().get()).isEqualTo("292");
    // typed: pairs sum to 228 but valid says 230: R1 beside both
    type(model, Map.of("choices.1", "83", "choices.2", "107", "choices.3", "38", "valid", "230"));
    assertThat(field(model, "valid").state().get()).isEqualTo(FormField.State.ERROR);
    assertThat(field(model, "valid").note().get()).contains("R1");
    assertThat(model.findings()).anyMatch(f -> f.startsWith("R1 ·"));
    field(model, "valid").value().set("228");
    assertThat(field(model, "valid").note().get()).doesNotContain("R1");
  }

  @Test
  void twoOperatorsDisagreeAndTheVerifierSettlesIt() {
    EntryViewModel model = new EntryViewModel(session);
    Demo.login(session, "ani");
    model.refresh();
    model.open(ContestCode.PPWP, Demo.MISSING_TPS, null);
    type(model, FORM);
    model.save();
    assertThat(model.message().get()).contains("entri pertama", "ani");
    assertThat(model.fields()).allMatch(f -> f.value().get().isEmpty());
    // the same operator cannot key the second entry
    type(model, FORM);
    model.save();
    assertThat(model.message().get()).contains("ani");
    Demo.login(session, "budi");
    model.open(ContestCode.PPWP, Demo.MISSING_TPS, null);
    type(
        model,
        Map.of(
            "choices.1",
            "83",
            "choices.2",
            "170",
            "choices.3",
            "38",
            "valid",
            "228",
            "invalid",
            "5",
            "total",
            "233"));
    model.save();
    assertThat(model.message().get()).contains("berbeda", "choices.2");
    assertThat(model.mismatches()).extracting(ResolveRow::field).containsExactly("choices.2");
    Demo.login(session, "citra");
    model.open(ContestCode.PPWP, Demo.MISSING_TPS, null);
    assertThat(model.message().get()).contains("ani", "budi", "1 isian");
    ResolveRow row = model.mismatches().getFirst();
    assertThat(row.first()).isEqualTo(107);
    assertThat(row.second()).isEqualTo(170);
    model.chooseAll(1);
    assertThat(row.chosen().get()).isEqualTo("107");
    model.resolve();
    assertThat(model.message().get()).contains("selesai");
    var counted =
        ws.recap().run(ContestCode.PPWP, RecapLevel.TPS, Optional.of(Source.CHASIL)).stream()
            .filter(r -> r.code().equals(Demo.MISSING_TPS))
            .findFirst()
            .orElseThrow();
    assertThat(counted.tally().votes(2)).isEqualTo(107L);
    assertThat(counted.tally().admin(AdminField.VALID)).isEqualTo(228L);
    assertThat(model.tpsList())
        .filteredOn(t -> t.code().equals(Demo.MISSING_TPS))
        .extracting(EntryViewModel.TpsItem::state)
        .containsExactly("received");
  }
}
