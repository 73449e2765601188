package id.rekap.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The log folder ({@code REKAP_LOG_DIR}, else {@code ~/.local/state/rekap}, where {@link LogSetup}
 * writes the log), made the owner's only before the first line is logged: the log names users,
 * files and places, which nobody else on the PC needs to read. Best effort: logging must never stop
 * the app.
 */
final class LogFolder {
  private LogFolder() {}

  /** The folder: {@code configured} when set, else {@code ~/.local/state/rekap}. */
  static Path dir(String configured, Path home) {
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : home.resolve(".local").resolve("state").resolve("rekap");
  }

  static void prepare(String configured, Path home) {
    Path dir = dir(configured, home);
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      Path log = dir.resolve("rekap.log");
      if (!Files.exists(log)) {
        Files.createFile(
            log,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // another owner's folder, a read-only home: logging goes on as logback can
    }
  }
}
