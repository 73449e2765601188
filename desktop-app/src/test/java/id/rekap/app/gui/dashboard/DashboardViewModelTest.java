package id.rekap.app.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.app.gui.RecordingNavigator;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.status.ContestStatus;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers come from the status use case; the breakdown adds up; items open. */
class DashboardViewModelTest extends DemoWorkspaceTest {
  @Test
  void totalsAreTheStatusAndTheRegionsAddUpToThem() {
    RecordingNavigator nav = new RecordingNavigator();
    DashboardViewModel model = new DashboardViewModel(session, nav);
    model.refresh();
    assertThat(model.totals()).isEqualTo(ws.status().run());
    ContestStatus ppwp = model.totals().getFirst();
    assertThat(ppwp.expected()).isEqualTo(88);
    assertThat(ppwp.received()).isEqualTo(81);
    // by kecamatan at kab/kota level: the two kecamatan of Kepulauan Seribu
    assertThat(model.level().get()).isEqualTo(RegionLevel.KECAMATAN);
    assertThat(model.rows()).extracting(ProgressRow::code).containsExactly("310101", "310102");
    assertThat(model.rows().stream().mapToInt(ProgressRow::expected).sum()).isEqualTo(88);
    assertThat(model.rows().stream().mapToInt(ProgressRow::received).sum()).isEqualTo(81);
    assertThat(model.rows().stream().mapToInt(ProgressRow::withErrors).sum())
        .isEqualTo(ppwp.withErrors());
    assertThat(model.rows().stream().mapToInt(ProgressRow::withWarnings).sum())
        .isEqualTo(ppwp.withWarnings());
    model.level().set(RegionLevel.DESA);
    assertThat(model.rows()).hasSize(6);
    assertThat(model.rows().stream().mapToInt(ProgressRow::missing).sum()).isEqualTo(7);
  }

  @Test
  void theAttentionListOpensEachItemsPlace() {
    RecordingNavigator nav = new RecordingNavigator();
    DashboardViewModel model = new DashboardViewModel(session, nav);
    model.refresh();
    Attention errors =
        model.attention().stream()
            .filter(a -> a.code().equals(Demo.TPS_WITH_ERRORS))
            .findFirst()
            .orElseThrow();
    assertThat(errors.kind()).isEqualTo(Attention.Kind.ERRORS);
    assertThat(errors.text()).contains(Demo.TPS_WITH_ERRORS, "PULAU PANGGANG", "R3", "R5");
    model.open(errors);
    assertThat(nav.calls).containsExactly("entry ppwp 3101011001001 " + errors.field());
    assertThat(errors.field()).isNotNull();
    long missing =
        model.attention().stream().filter(a -> a.kind() == Attention.Kind.MISSING).count();
    assertThat(missing).isEqualTo(7);
    // errors are listed before the missing TPS
    assertThat(model.attention().getFirst().kind()).isEqualTo(Attention.Kind.ERRORS);
  }
}
