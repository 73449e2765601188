package id.rekap.app.gui.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Attendee;
import org.junit.jupiter.api.Test;

/**
 * The plenary session part of the Pleno screen: opened and closed by the chair, attendance recorded
 * by the clerk; an objection names the witness's participant and Panwaslu's recommendation.
 */
class PlenarySessionViewModelTest extends DemoWorkspaceTest {
  @Test
  void theSessionIsOpenedAttendedAndClosedAndTheObjectionNamesItsParticipant() {
    PlenaryViewModel model = new PlenaryViewModel(session);
    PlenarySessionViewModel sessions = model.sessions();
    Demo.login(session, "ani");
    sessions.place().set("Aula KPU Kabupaten Administrasi Kepulauan Seribu");
    sessions.open();
    // only the chair opens the session
    assertThat(model.message().get()).contains("ani");
    Demo.login(session, "ketua");
    sessions.open();
    assertThat(sessions.status().get()).contains("nomor 1", "WIB", "Aula KPU");
    Demo.login(session, "ani");
    sessions.kind().set(Attendee.Kind.SAKSI);
    sessions.role().set("2");
    sessions.name().set("Budi Santoso");
    sessions.attend();
    sessions.attendCommittee();
    assertThat(sessions.attendees())
        .extracting(Attendee::name)
        .contains("Budi Santoso", "Contoh Ketua KPU");
    model.focus(ContestCode.PPWP, Demo.TPS_WITH_ERRORS);
    model.raisedBy().set("Budi Santoso");
    model.participant().set("2");
    model.text().set("Jumlah pengguna hak pilih tidak cocok");
    model.recordObjection();
    model.selectedObjection().set(model.objections().getFirst());
    model.recommendation().set("Dicocokkan dengan C.Hasil plano");
    model.recommend();
    assertThat(model.objections().getFirst().participant()).isEqualTo(2);
    assertThat(model.objections().getFirst().recommendation())
        .isEqualTo("Dicocokkan dengan C.Hasil plano");
    assertThat(model.objections().getFirst().session()).isEqualTo(1L);
    Demo.login(session, "ketua");
    sessions.close();
    assertThat(sessions.status().get()).contains("sudah ditutup");
  }
}
