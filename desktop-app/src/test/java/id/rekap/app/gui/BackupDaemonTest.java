package id.rekap.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.settings.SettingsViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's automatic backups: the daemon takes one when it is due (the demo's import) and says
 * so; settings show the last verified backup and take one now.
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
}
