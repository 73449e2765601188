package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin deactivates and reactivates a user from the command line; others may not. */
class UsersCommandTest {
  @TempDir Path tmp;

  @Test
  void anAdminDeactivatesAndReactivatesAUser() {
    String ws = tmp.resolve("ws").toString();
    CliRun c =
        new CliRun(tmp.resolve("home")).env("REKAP_PASSWORD", id.rekap.core.demo.DemoData.PASSWORD);
    assertThat(c.run("--workspace", ws, "demo", "--no-gui").status()).isZero();

    assertThat(c.run("--workspace", ws, "--user", "ani", "users", "deactivate", "budi").status())
        .isEqualTo(3);
    var done = c.run("--workspace", ws, "--user", "admin", "users", "deactivate", "budi");
    assertThat(done.status()).as(done.err()).isZero();
    assertThat(c.run("--workspace", ws, "users", "list").out())
        .containsPattern("budi +operator +inactive");
    var refused =
        c.run("--workspace", ws, "--user", "budi", "committee", "set", "--member", "Ketua=X");
    assertThat(refused.status()).isEqualTo(3);
    assertThat(refused.err()).contains("kata sandi salah");
    assertThat(c.run("--workspace", ws, "--user", "admin", "users", "activate", "budi").status())
        .isZero();
    assertThat(c.run("--workspace", ws, "users", "list").out())
        .containsPattern("budi +operator +active");
  }
}
