package id.rekap.app.gui.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DirectJobs;
import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a workspace without users gets its first admin in the app, not on the command line.
 * Issue 15: that admin chose a password the rules accept, and is the actor of their own creation
 * (never the computer's account); the workspace's creation without an account is {@code
 * rekap:init}.
 */
class FirstAdminTest {
  @TempDir Path dir;

  @Test
  void theFirstAdminIsMadeOnTheLoginCard() {
    try (var ws =
        CreateWorkspace.run(
            dir.resolve("ws"),
            new CreateWorkspace.Request(
                WorkspaceLevel.KABKOTA,
                DemoData.REGION,
                Workspaces.demoFiles().resolve(DemoData.ELECTION),
                null),
            null,
            TestClock.FIXED)) {
      var session = Demo.session(ws, new DirectJobs());
      LoginViewModel model = new LoginViewModel(session);
      assertThat(model.hasUsers()).isFalse();
      boolean[] in = {false};
      model.onLogin(() -> in[0] = true);
      model.name().set("admin");
      model.password().set("tinta-biru-pleno-7");
      model.repeat().set("tinta-biru-pleno-8");
      model.createFirstAdmin();
      assertThat(model.error().get()).isEqualTo("Kedua kata sandi tidak sama");
      assertThat(ws.users().anyUser()).isFalse();
      // a trivial password is refused here as everywhere
      model.password().set("admin12345");
      model.repeat().set("admin12345");
      model.createFirstAdmin();
      assertThat(model.error().get()).isNotEmpty();
      assertThat(ws.users().anyUser()).isFalse();
      model.password().set("tinta-biru-pleno-7");
      model.repeat().set("tinta-biru-pleno-7");
      model.createFirstAdmin();
      assertThat(in[0]).isTrue();
      assertThat(session.user().get().role()).isEqualTo(Role.ADMIN);
      assertThat(model.hasUsers()).isTrue();
      List<String> actors =
          WorkspaceInternals.database(ws)
              .dsl()
              .fetch("select actor from audit_event order by seq")
              .getValues(0, String.class);
      assertThat(actors.getFirst()).isEqualTo("rekap:init");
      assertThat(actors.getLast()).isEqualTo("user:admin");
      assertThat(actors).noneMatch(a -> a.startsWith("os:"));
    }
  }
}
