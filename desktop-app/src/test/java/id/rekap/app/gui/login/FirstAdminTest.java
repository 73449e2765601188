package id.rekap.app.gui.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DirectJobs;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a workspace without users gets its first admin in the app, not on the command line. */
class FirstAdminTest {
  @TempDir Path dir;

  @Test
  void theFirstAdminIsMadeOnTheLoginCard() {
    try (var ws = Workspaces.sample(dir.resolve("ws"))) {
      var session = Demo.session(ws, new DirectJobs());
      LoginViewModel model = new LoginViewModel(session);
      assertThat(model.hasUsers()).isFalse();
      boolean[] in = {false};
      model.onLogin(() -> in[0] = true);
      model.name().set("admin");
      model.password().set("sandi-admin-pertama");
      model.repeat().set("sandi-admin-lain");
      model.createFirstAdmin();
      assertThat(model.error().get()).isEqualTo("Kedua kata sandi tidak sama");
      assertThat(ws.users().anyUser()).isFalse();
      model.repeat().set("sandi-admin-pertama");
      model.createFirstAdmin();
      assertThat(in[0]).isTrue();
      assertThat(session.user().get().role()).isEqualTo(Role.ADMIN);
      assertThat(model.hasUsers()).isTrue();
    }
  }
}
