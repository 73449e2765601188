package id.rekap.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, requirement 6: the workspace (database with the password hashes, keys, backups, logs)
 * is readable by its owner only: 0700 folders, 0600 files, also for a workspace made before.
 */
class OwnerOnlyTest {
  @TempDir Path tmp;

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aWorkspaceIsTheOwnersOnlyAndIsMadeSoAgainWhenOpened() throws Exception {
    assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path folder = tmp.resolve("ws");
    try (Workspace ws =
        Workspaces.create(
            folder,
            WorkspaceLevel.KECAMATAN,
            "310101",
            Workspaces.demoFiles().resolve(DemoData.ELECTION))) {
      ws.keys().init(Workspaces.CLERK, "frasa-sandi-panjang".toCharArray());
    }
    assertThat(mode(folder)).isEqualTo("rwx------");
    assertThat(mode(folder.resolve("rekap.mv.db"))).isEqualTo("rw-------");
    assertThat(mode(folder.resolve("keys"))).isEqualTo("rwx------");
    assertThat(mode(folder.resolve("keys/signing.p12"))).isEqualTo("rw-------");

    // a workspace left readable by an older version (or a copy): closed down again on opening
    for (Path p : new Path[] {folder, folder.resolve("keys")}) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.setPosixFilePermissions(
        folder.resolve("rekap.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
    Path backups = Files.createDirectories(folder.resolve("backups/2024-02-20"));
    Path backup = Files.writeString(backups.resolve("rekap.zip"), "cadangan");
    Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxr-xr-x"));
    Workspace.open(folder, TestClock.FIXED).close();
    assertThat(mode(folder)).isEqualTo("rwx------");
    assertThat(mode(folder.resolve("rekap.mv.db"))).isEqualTo("rw-------");
    assertThat(mode(folder.resolve("keys"))).isEqualTo("rwx------");
    assertThat(mode(folder.resolve("backups"))).isEqualTo("rwx------");
    assertThat(mode(backups)).isEqualTo("rwx------");
    assertThat(mode(backup)).isEqualTo("rw-------");
  }
}
