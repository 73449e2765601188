package id.rekap.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4, acceptance 6: accounts, Argon2id hashes, wrong passwords, nothing leaked. */
class UserAccountsTest {
  @TempDir Path dir;

  @Test
  void accountsHashWithArgon2idAndRefuseWrongPasswords() throws Exception {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var users = ws.users();
      assertThatThrownBy(
              () ->
                  users.add(null, Workspaces.ACTOR, "ani", Role.OPERATOR, "12345678".toCharArray()))
          .as("the first user must be an admin")
          .isInstanceOf(RekapException.class);
      users.add(null, Workspaces.ACTOR, "admin", Role.ADMIN, "kata-sandi-admin".toCharArray());
      assertThatThrownBy(
              () ->
                  users.add(null, Workspaces.ACTOR, "ani", Role.OPERATOR, "12345678".toCharArray()))
          .as("later users need an admin")
          .isInstanceOf(RekapException.class);
      var admin = users.login("admin", "kata-sandi-admin".toCharArray());
      assertThatThrownBy(() -> users.add(admin, null, "ani", Role.OPERATOR, "pendek".toCharArray()))
          .isInstanceOf(RekapException.class);
      users.add(admin, null, "ani", Role.OPERATOR, "sandi-ani-1".toCharArray());
      var before = StoreDump.of(ws.database());
      assertThatThrownBy(() -> users.login("ani", "sandi-ani-2".toCharArray()))
          .isInstanceOf(RekapException.class)
          .hasMessageNotContaining("sandi-ani-2");
      assertThatThrownBy(() -> users.login("nobody", "sandi-ani-1".toCharArray()))
          .isInstanceOf(RekapException.class);
      assertThat(StoreDump.of(ws.database())).isEqualTo(before);
      assertThat(users.login("ani", "sandi-ani-1".toCharArray()).role()).isEqualTo(Role.OPERATOR);
      assertThat(users.list())
          .allSatisfy(u -> assertThat(u.passwordHash()).startsWith("$argon2id$v=19$"));
      String dump = StoreDump.of(ws.database()).toString();
      assertThat(dump).doesNotContain("sandi-ani-1").doesNotContain("kata-sandi-admin");
    }
    // The database file itself holds no password in clear.
    byte[] db = Files.readAllBytes(dir.resolve("ws/rekap.mv.db"));
    assertThat(new String(db, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("sandi-ani-1")
        .doesNotContain("kata-sandi-admin");
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
      ws.users().add(null, Workspaces.ACTOR, "admin", Role.ADMIN, "kata-sandi-admin".toCharArray());
      ws.users().login("admin", "kata-sandi-admin".toCharArray());
      assertThatThrownBy(() -> ws.users().login("admin", "salah-sandi-99".toCharArray()))
          .isInstanceOf(RekapException.class);
      String hash = ws.users().list().getFirst().passwordHash();
      String logged =
          String.join("\n", appender.list.stream().map(e -> e.getFormattedMessage()).toList());
      assertThat(logged)
          .doesNotContain("kata-sandi-admin")
          .doesNotContain("salah-sandi-99")
          .doesNotContain(hash)
          .doesNotContain("$argon2id$");
    } finally {
      root.detachAppender(appender);
      root.setLevel(level);
    }
  }
}
