package id.rekap.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin deactivates a user who leaves the plenary: they can no longer log in, their past work
 * stays theirs; nobody deactivates themselves or the last admin; others may not do it at all.
 */
class UserActivationTest {
  @TempDir Path dir;

  private static String key(Throwable e) {
    return ((RekapException) e).key();
  }

  @Test
  void aDeactivatedUserCannotLogInUntilReactivated() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var people = PlenaryUsers.add(ws);
      Users users = ws.users();
      users.setActive(people.admin(), "ani", false);
      assertThat(users.list()).anyMatch(u -> u.name().equals("ani") && !u.active());
      assertThatThrownBy(() -> users.login("ani", PlenaryUsers.PASSWORD.toCharArray()))
          .isInstanceOf(RekapException.class);
      users.setActive(people.admin(), "ani", true);
      assertThat(users.login("ani", PlenaryUsers.PASSWORD.toCharArray()).role())
          .isEqualTo(Role.OPERATOR);
    }
  }

  @Test
  void refusalsChangeNothing() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var people = PlenaryUsers.add(ws);
      Users users = ws.users();
      var before = StoreDump.of(ws);
      assertThatThrownBy(() -> users.setActive(people.chair(), "ani", false))
          .extracting(UserActivationTest::key)
          .isEqualTo("user.error.notAllowed");
      assertThatThrownBy(() -> users.setActive(people.admin(), "admin", false))
          .extracting(UserActivationTest::key)
          .isEqualTo("user.error.self");
      assertThatThrownBy(() -> users.setActive(people.admin(), "siapa", false))
          .extracting(UserActivationTest::key)
          .isEqualTo("user.error.unknown");
      assertThat(StoreDump.of(ws)).isEqualTo(before);

      // a second admin may deactivate the first, but not the last one standing
      User second = PlenaryUsers.person(ws, people.admin(), "admin2", Role.ADMIN);
      users.setActive(second, "admin", false);
      users.setActive(second, "ketua", false);
      assertThat(users.list()).filteredOn(u -> u.role() == Role.ADMIN && u.active()).hasSize(1);
      // the first admin's window was still open: it may not remove the last active admin
      assertThatThrownBy(() -> users.setActive(people.admin(), "admin2", false))
          .extracting(UserActivationTest::key)
          .isEqualTo("user.error.lastAdmin");
    }
  }
}
