package id.rekap.app.gui.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.plenary.Objections;
import org.junit.jupiter.api.Test;

/** Objections with responses, corrections with history, adoption; refusals shown as said. */
class PlenaryViewModelTest extends DemoWorkspaceTest {
  @Test
  void anObjectionIsRecordedAnsweredAndKeptWhenRejected() {
    PlenaryViewModel model = new PlenaryViewModel(session);
    Demo.login(session, "ani");
    model.focus(ContestCode.PPWP, Demo.TPS_WITH_ERRORS);
    model.raisedBy().set("Saksi 01");
    model.text().set("Jumlah pengguna hak pilih tidak cocok");
    model.recordObjection();
    assertThat(model.message().get()).contains("#1", Demo.TPS_WITH_ERRORS);
    assertThat(model.objections()).hasSize(1);
    // an operator may not answer; the chair may
    model.selectedObjection().set(model.objections().getFirst());
    model.response().set("Sudah dibaca ulang dari plano");
    model.respond();
    assertThat(model.message().get()).contains("ani", "ketua").doesNotContain("chair");
    Demo.login(session, "ketua");
    model.decision().set(Objections.Decision.REJECTED);
    model.respond();
    assertThat(model.message().get()).contains("#1");
    assertThat(model.objections().getFirst().decision()).isEqualTo(Objections.Decision.REJECTED);
  }

  @Test
  void aCorrectionNeedsItsReasonAndIsKeptInTheHistory() {
    PlenaryViewModel model = new PlenaryViewModel(session);
    Demo.login(session, "ketua");
    model.focus(ContestCode.PPWP, "3101021001001");
    model.field().set("invalid");
    model.newValue().set("6");
    model.evidence().set(Evidence.PLANO);
    model.proposedBy().set("Saksi 02");
    model.correct();
    assertThat(model.history()).isEmpty();
    assertThat(model.message().get()).isNotBlank();
    model.reason().set("dibaca ulang dari plano");
    model.correct();
    assertThat(model.message().get()).contains("invalid", "3101021001001");
    assertThat(model.history()).hasSize(1);
    assertThat(model.history().getFirst().newValue()).isEqualTo(6);
    assertThat(model.history().getFirst().approvedBy()).isEqualTo("ketua");
  }

  @Test
  void theChairAdoptsATpsWithErrorsOnlyWithADecision() {
    PlenaryViewModel model = new PlenaryViewModel(session);
    Demo.login(session, "ketua");
    model.focus(ContestCode.PPWP, "3101011001003");
    model.adopt();
    assertThat(model.message().get()).contains("3101011001003");
    assertThat(model.adoptions()).isEmpty();
    model.adoptionNote().set("Diputuskan pleno: dibaca ulang, angka plano sama");
    model.adopt();
    assertThat(model.adoptions()).extracting(a -> a.code()).containsExactly("3101011001003");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, "3101011001003")).isTrue();
  }
}
