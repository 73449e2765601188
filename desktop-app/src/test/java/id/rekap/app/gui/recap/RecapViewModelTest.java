package id.rekap.app.gui.recap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import org.junit.jupiter.api.Test;

/** The recap tree and the projector view over the recap use case. */
class RecapViewModelTest extends DemoWorkspaceTest {
  @Test
  void theTreeRunsFromTheKabupatenToTheTpsAndEveryNodeIsTheSumOfItsChildren() {
    RecapViewModel model = new RecapViewModel(session);
    model.refresh();
    RecapNode root = model.tree().get();
    assertThat(root.code()).isEqualTo("3101");
    assertThat(root.received()).isEqualTo(81);
    assertThat(root.children()).extracting(RecapNode::code).containsExactly("310101", "310102");
    assertThat(root.children().getFirst().children()).hasSize(3);
    RecapNode panggang = root.find("3101011001").orElseThrow();
    assertThat(panggang.children()).hasSize(18);
    assertThat(panggang.children().getFirst().level()).isEqualTo(RecapLevel.TPS);
    int pair1 = VoteKey.candidate(1);
    long sum = 0;
    for (RecapNode k : root.children()) {
      sum += k.tally().votes(pair1);
    }
    assertThat(root.tally().votes(pair1)).isEqualTo(sum).isEqualTo(6418L);
    assertThat(model.columns())
        .extracting(RecapColumns.Column::header)
        .satisfiesExactly(
            h -> assertThat(h).startsWith("(1) H. ANIES"),
            h -> assertThat(h).startsWith("(2) H. PRABOWO"),
            h -> assertThat(h).startsWith("(3) H. GANJAR"));
    // one source only: Sirekap is all the demo has, so the numbers are the same
    model.source().set("sirekap");
    assertThat(model.tree().get().tally().admin(AdminField.VALID))
        .isEqualTo(root.tally().admin(AdminField.VALID));
    model.source().set("chasil");
    assertThat(model.tree().get().received()).isZero();
    model.focus(ContestCode.PPWP, Demo.TPS_WITH_ERRORS);
    assertThat(model.selected().get()).isEqualTo(Demo.TPS_WITH_ERRORS);
  }

  @Test
  void theProjectorStepsFromTheKabupatenThroughItsKecamatanPageByPage() {
    ProjectorViewModel model = new ProjectorViewModel(session, session.contests().getFirst());
    model.rowsPerPage().set(4);
    model.load();
    assertThat(model.title().get()).contains("KEPULAUAN SERIBU", "31.01", "per kecamatan");
    assertThat(model.position().get()).startsWith("Tempat 1 dari 3");
    assertThat(model.lines()).hasSize(2);
    assertThat(model.heads())
        .extracting(ProjectorViewModel.Head::top)
        .containsExactly("01", "02", "03", "", "", "");
    model.next();
    assertThat(model.title().get()).startsWith("Kecamatan");
    // its desa on pages of 4; the total row on every page; a desa with TPS errors marked
    assertThat(model.position().get()).contains("halaman 1 dari ");
    assertThat(model.lines()).hasSizeLessThanOrEqualTo(4);
    assertThat(model.lines()).anyMatch(l -> l.name().equals("PULAU PANGGANG") && l.flagged());
    assertThat(model.findings())
        .anyMatch(f -> f.startsWith("PULAU PANGGANG · TPS 001 — aturan R5: "));
    String firstPage = model.lines().getFirst().name();
    model.next();
    assertThat(model.lines().getFirst().name()).isNotEqualTo(firstPage);
    model.previous();
    model.previous();
    assertThat(model.title().get()).contains("per kecamatan");
    for (int i = 0; i < 30; i++) {
      model.next();
    }
    assertThat(model.index().get()).isEqualTo(2);
    model.first();
    assertThat(model.index().get()).isZero();
  }
}
