package id.rekap.app.gui.recap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
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
        .containsExactly("(1)", "(2)", "(3)");
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
  void theProjectorStepsThroughTheDesaOneAtATime() {
    ProjectorViewModel model =
        new ProjectorViewModel(session, session.contests().getFirst(), RecapLevel.DESA);
    model.load();
    assertThat(model.title().get()).contains("PULAU PANGGANG", "31.01.01.1001");
    assertThat(model.position().get()).startsWith("1 dari 6");
    RecapRow total = model.rows().getLast();
    assertThat(model.isTotal(total)).isTrue();
    assertThat(model.rows()).hasSize(19);
    assertThat(total.tally().votes(1)).isEqualTo(1349L);
    assertThat(model.findings()).anyMatch(f -> f.contains("3101011001001"));
    model.previous();
    assertThat(model.index().get()).isZero();
    for (int i = 0; i < 10; i++) {
      model.next();
    }
    assertThat(model.index().get()).isEqualTo(5);
    assertThat(model.title().get()).contains("PULAU PARI");
    assertThat(model.rows()).hasSize(11);
  }
}
