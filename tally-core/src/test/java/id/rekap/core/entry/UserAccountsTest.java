package id.rekap.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, acceptance 6 (and issue 15): accounts, Argon2id hashes, temporary passwords, wrong
 * passwords, nothing leaked.
 */
class UserAccountsTest {
  @TempDir Path dir;

  private static String key(Throwable e) {
    return ((RekapException) e).key();
  }

  @Test
  void accountsHashWithArgon2idAndRefuseWrongPasswords() throws Exception {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var users = ws.users();
      assertThatThrownBy(() -> users.addFirstAdmin("kedua", "gerbang-lain-42".toCharArray()))
          .as("the workspace has its first admin already")
          .extracting(UserAccountsTest::key)
          .isEqualTo("user.error.notFirst");
      User admin = PlenaryUsers.admin(ws);
      User chair = PlenaryUsers.person(ws, admin, "ketua", Role.CHAIR);
      assertThatThrownBy(
              () -> users.add(chair, "ani", Role.OPERATOR, PlenaryUsers.TEMPORARY.toCharArray()))
          .as("a chair cannot create users")
          .extracting(UserAccountsTest::key)
          .isEqualTo("user.error.notAllowed");
      assertThatThrownBy(() -> users.add(admin, "ani", Role.OPERATOR, "pendek".toCharArray()))
          .extracting(UserAccountsTest::key)
          .isEqualTo("user.error.password");
      users.add(admin, "ani", Role.OPERATOR, PlenaryUsers.TEMPORARY.toCharArray());
      assertThatThrownBy(() -> users.login("ani", PlenaryUsers.TEMPORARY.toCharArray()))
          .as("the admin's password is temporary: nothing before ani replaces it")
          .extracting(UserAccountsTest::key)
          .isEqualTo("user.error.mustChange");
      users.changePassword(
          "ani", PlenaryUsers.TEMPORARY.toCharArray(), "sandi-milik-sendiri-5".toCharArray());

      var before = StoreDump.of(ws);
      assertThatThrownBy(() -> users.login("ani", "sandi-milik-sendiri-6".toCharArray()))
          .isInstanceOf(RekapException.class)
          .hasMessageNotContaining("sandi-milik-sendiri");
      assertThatThrownBy(() -> users.login("nobody", "sandi-milik-sendiri-5".toCharArray()))
          .extracting(UserAccountsTest::key)
          .isEqualTo("user.error.login");
      // a failed login changes nothing but the failure count and the audit log
      Map<String, List<String>> after = new java.util.TreeMap<>(StoreDump.of(ws));
      for (String table : List.of("LOGIN_STATE", "AUDIT_EVENT", "AUDIT_HEAD")) {
        after.put(table, before.get(table));
      }
      assertThat(after).isEqualTo(before);

      assertThat(users.login("ani", "sandi-milik-sendiri-5".toCharArray()).role())
          .isEqualTo(Role.OPERATOR);
      assertThat(users.list())
          .allSatisfy(u -> assertThat(u.passwordHash()).startsWith("$argon2id$v=19$"));
      String dump = StoreDump.of(ws).toString();
      assertThat(dump)
          .doesNotContain("sandi-milik-sendiri")
          .doesNotContain(PlenaryUsers.TEMPORARY)
          .doesNotContain(Workspaces.ADMIN_PASSWORD);
    }
    // The database file itself holds no password in clear (the H2 file: a server store's files
    // are the server's, and the dump above covers its rows)
    if (id.rekap.core.support.TestStore.postgres()) {
      return;
    }
    byte[] db = Files.readAllBytes(dir.resolve("ws/rekap.mv.db"));
    assertThat(new String(db, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("sandi-milik-sendiri")
        .doesNotContain(Workspaces.ADMIN_PASSWORD);
  }

  @Test
  void neitherPasswordsNorHashesReachTheLogsEvenAtTraceLevel() {
    var root =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var appender =
        new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    appender.start();
    var level = root.getLevel();
    root.addAppender(appender);
    root.setLevel(ch.qos.logback.classic.Level.TRACE);
    try (Workspace ws = Workspaces.sample(dir.resolve("logs"))) {
      User admin = PlenaryUsers.admin(ws);
      PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
      assertThatThrownBy(() -> ws.users().login("ani", "salah-sandi-99".toCharArray()))
          .isInstanceOf(RekapException.class);
      String hash = ws.users().list().getFirst().passwordHash();
      String logged =
          String.join("\n", appender.list.stream().map(e -> e.getFormattedMessage()).toList());
      assertThat(logged)
          .doesNotContain(Workspaces.ADMIN_PASSWORD)
          .doesNotContain(PlenaryUsers.PASSWORD)
          .doesNotContain(PlenaryUsers.TEMPORARY)
          .doesNotContain("salah-sandi-99")
          .doesNotContain(hash)
          .doesNotContain("$argon2id$");
    } finally {
      root.detachAppender(appender);
      root.setLevel(level);
    }
  }
}
