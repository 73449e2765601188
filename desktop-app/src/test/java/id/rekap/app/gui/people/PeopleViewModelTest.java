package id.rekap.app.gui.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.common.RekapException;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.user.Role;
import org.junit.jupiter.api.Test;

/** Users are added by an admin only; the committee is set by the chair; both through the core. */
class PeopleViewModelTest extends DemoWorkspaceTest {
  @Test
  void onlyAnAdminAddsUsersWithThePasswordTypedTwice() {
    PeopleViewModel model = new PeopleViewModel(session);
    model.refresh();
    assertThat(model.users())
        .extracting(PeopleViewModel.Row::name)
        .contains("admin", "ani", "budi", "citra", "ketua");

    Demo.login(session, "ani");
    model.name().set("dedi");
    model.addUser("kertas-sementara-3".toCharArray(), "kertas-sementara-3".toCharArray());
    assertThat(model.message().get()).isNotBlank();
    assertThat(ws.users().list()).noneMatch(u -> u.name().equals("dedi"));
    Demo.login(session, "ketua");
    model.addUser("kertas-sementara-3".toCharArray(), "kertas-sementara-3".toCharArray());
    assertThat(model.message().get()).as("a chair cannot create users").contains("ketua");
    assertThat(ws.users().list()).noneMatch(u -> u.name().equals("dedi"));

    Demo.login(session, "admin");
    model.addUser("kertas-sementara-3".toCharArray(), "sandi-lain-456".toCharArray());
    assertThat(model.message().get()).isEqualTo(session.text("people.error.repeat"));
    model.role().set(Role.VERIFIER);
    model.addUser("kertas-sementara-3".toCharArray(), "kertas-sementara-3".toCharArray());
    assertThat(model.users()).contains(new PeopleViewModel.Row("dedi", Role.VERIFIER, true));
    assertThat(model.message().get()).contains("sementara");
    assertThat(model.name().get()).isEmpty();
    assertThat(
            ws.users()
                .changePassword(
                    "dedi", "kertas-sementara-3".toCharArray(), "pena-hitam-tegak-8".toCharArray())
                .role())
        .isEqualTo(Role.VERIFIER);
  }

  @Test
  void theChairSetsTheCommitteeAndABadLineChangesNothing() {
    PeopleViewModel model = new PeopleViewModel(session);
    model.refresh();
    assertThat(model.committee().get()).contains("Ketua=Contoh Ketua KPU");

    Demo.login(session, "ketua");
    model.committee().set("Ketua=Siti Aminah\n\nAnggota=Budi Santoso\n");
    model.saveCommittee();
    assertThat(ws.committee().members())
        .containsExactly(
            new CommitteeMember("Ketua", "Siti Aminah"),
            new CommitteeMember("Anggota", "Budi Santoso"));

    model.committee().set("Ketua=Siti Aminah\ntanpa tanda sama dengan");
    model.saveCommittee();
    assertThat(model.message().get()).contains("tanpa tanda sama dengan");
    assertThat(ws.committee().members()).hasSize(2);
  }

  @Test
  void anAdminDeactivatesAUserWhoThenCannotLogIn() {
    PeopleViewModel model = new PeopleViewModel(session);
    model.refresh();
    Demo.login(session, "admin");
    var budi = new PeopleViewModel.Row("budi", Role.OPERATOR, true);
    model.setActive(budi, false);
    assertThat(model.users()).contains(new PeopleViewModel.Row("budi", Role.OPERATOR, false));
    assertThatThrownBy(() -> Demo.login(session, "budi")).isInstanceOf(RekapException.class);
    Demo.login(session, "admin");
    model.setActive(new PeopleViewModel.Row("admin", Role.ADMIN, true), false);
    assertThat(model.message().get()).isEqualTo(session.text("user.error.self"));
    model.setActive(budi, true);
    Demo.login(session, "budi");
  }
}
