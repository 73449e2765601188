package id.rekap.core.store;

import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The workspace database's password (ADR 0013): 256 random bits made when the workspace is created,
 * kept in {@code database.key} beside the database but outside the H2 file, readable by the owner
 * only. Whoever finds a copy of {@code rekap.mv.db} alone cannot open it with H2's tools and the
 * default account; a workspace made before this (user {@code rekap}, empty password) gets its
 * password at its next opening.
 */
final class DatabaseSecret {
  /** The file name in the workspace folder. */
  static final String FILE = "database.key";

  private DatabaseSecret() {}

  static Path file(Path workspace) {
    return workspace.resolve(FILE);
  }

  /** The stored password, if the workspace has one. */
  static Optional<String> read(Path workspace) {
    Path f = file(workspace);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      String s = Files.readString(f, StandardCharsets.US_ASCII).strip();
      if (!s.matches("[0-9a-f]{64}")) {
        throw RekapException.state("workspace.error.secret", f);
      }
      return Optional.of(s);
    } catch (IOException e) {
      throw RekapException.state("workspace.error.secret", f);
    }
  }

  /** Makes a new password and writes it (owner-only, atomically); returns it. */
  static String create(Path workspace) {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String secret = HexFormat.of().formatHex(random);
    Path f = file(workspace);
    try {
      Files.createDirectories(workspace);
      Path temp = Files.createTempFile(workspace, ".database-", ".part");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temp, secret + "\n", StandardCharsets.US_ASCII);
      try {
        Files.move(temp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, f, StandardCopyOption.REPLACE_EXISTING);
      }
      return secret;
    } catch (IOException e) {
      throw RekapException.state("workspace.error.secretWrite", f, e.getMessage());
    }
  }
}
