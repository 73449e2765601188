package id.rekap.core.backup;

import id.rekap.signing.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a ZIP of {@code manifest.json}, {@code rekap.mv.db} and the database's password
 * file {@code database.key}, written from a checked copy of the store, and read back before it
 * counts.
 */
final class BackupZip {
  private BackupZip() {}

  /** The database file taken out of H2's backup: its SHA-256 and size. */
  record Extracted(String sha256, long size) {}

  /** Takes {@code rekap.mv.db} out of the ZIP that H2's {@code BACKUP TO} wrote. */
  static Extracted extractH2(Path h2Zip, Path folder) throws IOException {
    try (ZipFile zip = new ZipFile(h2Zip.toFile())) {
      ZipEntry entry = zip.getEntry(BackupManifest.DATABASE);
      if (entry == null) {
        throw new IOException("H2 backup without " + BackupManifest.DATABASE);
      }
      MessageDigest digest = Sha256.newDigest();
      long size = 0;
      try (InputStream in = zip.getInputStream(entry);
          OutputStream out = Files.newOutputStream(folder.resolve(BackupManifest.DATABASE))) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
          size += n;
        }
      }
      return new Extracted(Sha256.hex(digest), size);
    }
  }

  /**
   * Writes the backup: the manifest, then the database file of the checked copy (fast compression:
   * a backup of a kabupaten's store must not keep the clerk waiting).
   */
  static void write(OutputStream target, BackupManifest manifest, Path copy) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(target);
    zip.setLevel(Deflater.BEST_SPEED);
    FileTime time = FileTime.from(manifest.createdAt());
    ZipEntry m = new ZipEntry(BackupManifest.ENTRY);
    m.setLastModifiedTime(time);
    zip.putNextEntry(m);
    zip.write(manifest.toJson());
    zip.closeEntry();
    ZipEntry db = new ZipEntry(BackupManifest.DATABASE);
    db.setLastModifiedTime(time);
    zip.putNextEntry(db);
    MessageDigest digest = Sha256.newDigest();
    try (InputStream in = Files.newInputStream(copy.resolve(BackupManifest.DATABASE))) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
        zip.write(buffer, 0, n);
      }
    }
    zip.closeEntry();
    Path key = copy.resolve(BackupManifest.KEY);
    if (Files.isRegularFile(key)) {
      ZipEntry k = new ZipEntry(BackupManifest.KEY);
      k.setLastModifiedTime(time);
      zip.putNextEntry(k);
      zip.write(Files.readAllBytes(key));
      zip.closeEntry();
    }
    zip.finish();
    if (!Sha256.hex(digest).equals(manifest.sha256())) {
      // the checked copy changed under us: what would be written is not what was checked
      throw new IOException("the checked copy of the store changed while it was written");
    }
  }

  /**
   * Reads a written backup back: the same manifest, a database entry with the manifest's digest.
   */
  static void confirm(Path file, BackupManifest manifest) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry m = zip.getEntry(BackupManifest.ENTRY);
      ZipEntry db = zip.getEntry(BackupManifest.DATABASE);
      int entries = zip.getEntry(BackupManifest.KEY) == null ? 2 : 3;
      if (m == null || db == null || zip.size() != entries) {
        throw new IOException(file + ": written backup incomplete");
      }
      try (InputStream in = zip.getInputStream(m)) {
        if (!Arrays.equals(in.readNBytes(BackupManifest.MAX_BYTES + 1), manifest.toJson())) {
          throw new IOException(file + ": written manifest differs");
        }
      }
      MessageDigest digest = Sha256.newDigest();
      long size = 0;
      try (InputStream in = zip.getInputStream(db)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
          size += n;
        }
      }
      if (size != manifest.size() || !Sha256.hex(digest).equals(manifest.sha256())) {
        throw new IOException(file + ": written database differs from the checked copy");
      }
    }
  }
}
