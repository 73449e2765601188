package id.rekap.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.app.gui.settings.SettingsViewModel;
import id.rekap.core.election.ContestCode;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.SteppingClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's automatic backups: the daemon takes one when it is due (the demo's import) and says
 * so, and none while the store holds what the last one holds; settings show the last verified
 * backup and take one now.
 */
class BackupDaemonTest extends DemoWorkspaceTest {
  @Test
  void aDueBackupIsTakenAndShownAndOneCanBeTakenNow() {
    SettingsViewModel settings = new SettingsViewModel(session, locale -> {}, ws.backups("test"));
    assertThat(settings.lastBackup().get()).isEqualTo("Belum ada cadangan");
    assertThat(settings.secondFolder().get()).startsWith("Belum diatur");

    List<BackupDaemon.Report> reports = new ArrayList<>();
    BackupDaemon daemon = new BackupDaemon(ws, "test", session.clock(), Runnable::run);
    daemon.onReport(reports::add);
    daemon.look();
    assertThat(reports).hasSize(1);
    assertThat(reports.getFirst().failure()).isNull();
    assertThat(reports.getFirst().made().orElseThrow().backup().manifest().orElseThrow().reason())
        .isEqualTo("import");
    daemon.look();
    assertThat(reports).as("nothing changed: nothing due").hasSize(1);

    settings.refresh();
    assertThat(settings.lastBackup().get())
        .contains(" WIB · peristiwa audit") // in the tally centre's zone, as people write it
        .contains(reports.getFirst().made().orElseThrow().backup().file().getFileName().toString());
    settings.backupNow();
    assertThat(settings.backupBusy().get()).isFalse();
    assertThat(settings.backupMessage().get()).startsWith("Cadangan dibuat dan diperiksa");
    assertThat(ws.backups("test").list()).hasSize(2);
    daemon.close();
  }

  @Test
  void noBackupWhileOnlyLoginsFollowedTheLastOne() {
    SteppingClock clock = new SteppingClock();
    Workspaces.sample(tmp.resolve("sample")).close();
    try (Workspace sample = Workspace.open(tmp.resolve("sample"), clock)) {
      PlenaryUsers users = PlenaryUsers.add(sample);
      List<BackupDaemon.Report> reports = new ArrayList<>();
      BackupDaemon daemon = new BackupDaemon(sample, "test", clock, Runnable::run);
      daemon.onReport(reports::add);
      daemon.look();
      assertThat(reports).hasSize(1);

      // an hour later a mistyped password and the login after it: events, but no fact changed
      clock.advance(Duration.ofHours(1));
      assertThatThrownBy(
              () -> sample.users().login(Workspaces.ADMIN, "salah-ketik-123".toCharArray()))
          .isInstanceOf(id.rekap.core.common.RekapException.class);
      PlenaryUsers.admin(sample);
      assertThat(sample.backups("test").head())
          .isNotEqualTo(
              reports.getFirst().made().orElseThrow().backup().manifest().orElseThrow().head());
      daemon.look();
      assertThat(reports).as("the same facts as the last backup: none taken").hasSize(1);

      sample
          .objections()
          .record(
              users.operator(),
              id.rekap.core.plenary.Objections.Kind.KEBERATAN,
              ContestCode.PPWP,
              "3101021001001",
              "Saksi 01",
              "keberatan atas penghitungan");
      daemon.look();
      assertThat(reports).hasSize(2);
      assertThat(reports.get(1).made().orElseThrow().backup().manifest().orElseThrow().reason())
          .isEqualTo("interval");
      daemon.close();
    }
  }
}
