package id.rekap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, requirement 6: the log folder and file are the owner's only. */
class LogFolderTest {
  @TempDir Path tmp;

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void theLogFolderAndFileAreTheOwnersOnly() throws Exception {
    assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    LogFolder.prepare(null, tmp);
    Path dir = tmp.resolve(".local/state/rekap");
    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("rekap.log"))).isEqualTo("rw-------");

    Path own = Files.createDirectories(tmp.resolve("logs"));
    Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(own.resolve("rekap.log"), "lama\n");
    Files.setPosixFilePermissions(
        own.resolve("rekap.log"), PosixFilePermissions.fromString("rw-r--r--"));
    LogFolder.prepare(own.toString(), tmp);
    assertThat(mode(own)).isEqualTo("rwx------");
    assertThat(mode(own.resolve("rekap.log"))).isEqualTo("rw-------");
    assertThat(Files.readString(own.resolve("rekap.log"))).isEqualTo("lama\n");
  }
}
