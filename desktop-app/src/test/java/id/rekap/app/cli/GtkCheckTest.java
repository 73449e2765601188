package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: without GTK 3 on Linux the desktop app is not started blind; one line says why. */
class GtkCheckTest {
  @TempDir Path dir;

  @Test
  void linuxWithoutGtk3IsToldWhatToInstall() throws IOException {
    assertThat(GuiCommand.gtkMissing("Linux", List.of(dir))).isTrue();
    Files.createFile(dir.resolve("libgtk-3.so.0"));
    assertThat(GuiCommand.gtkMissing("Linux", List.of(dir))).isFalse();
    assertThat(GuiCommand.gtkMissing("Windows 11", List.of())).isFalse();
    String line = CliMessages.get(java.util.Locale.of("id"), "cli.demo.noGtk");
    assertThat(line).contains("libgtk-3-0").doesNotContain("\n");
  }
}
