package id.rekap.core.workspace;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a workspace readable by its owner only: the folder and its sub-folders 0700, the database
 * and its password file, the signing key and the backups 0600. The database holds password hashes
 * and the whole count; nobody else on the PC needs to read it. On file systems without POSIX
 * permissions (Windows, a FAT-formatted stick) nothing is changed: there the user profile's ACL
 * protects the folder.
 */
public final class OwnerOnly {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  /** The sub-folders whose every file is the workspace's own. */
  private static final String[] PRIVATE_FOLDERS = {"keys", "backups", "logs"};

  private OwnerOnly() {}

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Makes a folder the owner's only. */
  public static void folder(Path dir) {
    set(dir, FOLDER);
  }

  /** Makes a file the owner's only. */
  public static void file(Path file) {
    set(file, FILE);
  }

  /** The whole workspace: folder, database files and the private sub-folders with their files. */
  public static void workspace(Path folder) {
    if (!posix() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    folder(folder);
    try (Stream<Path> top = Files.list(folder)) {
      top.filter(
              p ->
                  p.getFileName().toString().startsWith("rekap.")
                      || p.getFileName().toString().equals("database.key"))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(OwnerOnly::file);
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", folder, e.toString());
    }
    for (String name : PRIVATE_FOLDERS) {
      Path dir = folder.resolve(name);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(dir)) {
        all.filter(p -> !Files.isSymbolicLink(p))
            .forEach(p -> set(p, Files.isDirectory(p) ? FOLDER : FILE));
      } catch (IOException e) {
        LOG.warn("cannot walk {}: {}", dir, e.toString());
      }
    }
  }

  private static void set(Path path, Set<PosixFilePermission> permissions) {
    if (!posix()) {
      return;
    }
    try {
      if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(permissions)) {
        Files.setPosixFilePermissions(path, permissions);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // another owner's file or a file system that refuses: reported, not fatal
      LOG.warn("cannot restrict {}: {}", path, e.toString());
    }
  }
}
