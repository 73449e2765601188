package id.rekap.core.backup;

import id.rekap.core.common.MessageRef;
import id.rekap.core.common.RekapException;
import id.rekap.signing.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a backup file the way a restore will rely on it: it must be a ZIP of exactly a manifest
 * and a database file; the database file must have the manifest's size and SHA-256 (a flipped byte
 * or a cut-off file fails here: H2 itself would open a cut-off file and quietly show an older
 * state); the copy, opened read-only in a scratch folder, must pass the workspace's own
 * verification (the audit chain), every row of every table must be readable, and what it holds
 * (audit head, rows per table, workspace, schema) must be what the manifest says.
 */
public final class BackupCheck {
  private final StoreInspector inspector;

  public BackupCheck(StoreInspector inspector) {
    this.inspector = inspector;
  }

  /** The outcome of checking one backup file. */
  public record Verdict(
      Path file, Optional<BackupManifest> manifest, Optional<MessageRef> problem) {
    public boolean ok() {
      return problem.isEmpty();
    }

    static Verdict bad(Path file, BackupManifest manifest, String key, Object... args) {
      return new Verdict(
          file, Optional.ofNullable(manifest), Optional.of(new MessageRef(key, args)));
    }
  }

  /**
   * Checks the file, extracting its database into a scratch folder made under {@code scratch} and
   * removed afterwards. A path that is not a file is refused (exit 3); a damaged backup is a
   * verdict with its problem.
   */
  public Verdict check(Path file, Path scratch) {
    if (!Files.isRegularFile(file)) {
      throw RekapException.badInput("backup.error.missing", file);
    }
    Path work = null;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Optional<BackupManifest> read = manifest(zip);
      if (read.isEmpty()) {
        return Verdict.bad(file, null, "backup.error.manifest", file);
      }
      BackupManifest manifest = read.get();
      Files.createDirectories(scratch);
      work = Files.createTempDirectory(scratch, ".check-");
      String sha = extract(zip, manifest, work);
      if (!sha.equals(manifest.sha256())) {
        return Verdict.bad(file, manifest, "backup.error.digest", file);
      }
      return compare(file, manifest, inspector.inspect(work));
    } catch (IOException e) {
      return Verdict.bad(file, null, "backup.error.unreadable", file, e.getMessage());
    } catch (RekapException e) {
      if (e.kind() == RekapException.Kind.BAD_INPUT && e.key().startsWith("backup.error")) {
        return Verdict.bad(file, null, e.key(), e.args());
      }
      return Verdict.bad(file, null, "backup.error.store", file, e.getMessage());
    } finally {
      deleteTree(work);
    }
  }

  /** The manifest of a backup file, read without checking the rest; empty when unreadable. */
  public static Optional<BackupManifest> peek(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return manifest(zip);
    } catch (IOException | RekapException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes the backup's database file into {@code folder}, checking its SHA-256 against the
   * manifest on the way (for a restore, after {@link #check}).
   */
  public static void extractVerified(Path file, BackupManifest manifest, Path folder) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (!extract(zip, manifest, folder).equals(manifest.sha256())) {
        throw RekapException.badInput("backup.error.digest", file);
      }
    } catch (IOException e) {
      throw RekapException.badInput("backup.error.unreadable", file, e.getMessage());
    }
  }

  private static Verdict compare(
      Path file, BackupManifest manifest, StoreInspector.Inspection copy) {
    if (!copy.audit().ok()) {
      return Verdict.bad(file, manifest, "backup.error.audit", file, VerdictText.of(copy.audit()));
    }
    if (copy.audit().events() != manifest.head().seq()
        || !copy.audit().headHash().equals(manifest.head().hash())) {
      return Verdict.bad(
          file, manifest, "backup.error.head", file, manifest.head().seq(), copy.audit().events());
    }
    if (!copy.workspace().equals(manifest.workspace())) {
      return Verdict.bad(file, manifest, "backup.error.identity", file);
    }
    if (!copy.rows().equals(manifest.rows()) || !copy.schema().equals(manifest.schema())) {
      return Verdict.bad(file, manifest, "backup.error.rows", file);
    }
    return new Verdict(file, Optional.of(manifest), Optional.empty());
  }

  /**
   * The manifest, if the ZIP holds exactly the two entries a backup has. Entry names are compared
   * as a set, so an extra entry (or a path such as {@code ../x}) makes the file not a backup.
   */
  private static Optional<BackupManifest> manifest(ZipFile zip) throws IOException {
    List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
    Set<String> legacy = Set.of(BackupManifest.ENTRY, BackupManifest.DATABASE);
    Set<String> keyed = Set.of(BackupManifest.ENTRY, BackupManifest.DATABASE, BackupManifest.KEY);
    if (names.size() != Set.copyOf(names).size()
        || !(Set.copyOf(names).equals(legacy) || Set.copyOf(names).equals(keyed))) {
      return Optional.empty();
    }
    ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] json = in.readNBytes(BackupManifest.MAX_BYTES + 1);
      return BackupManifest.parse(json);
    }
  }

  /**
   * Copies the database entry to {@code folder/rekap.mv.db}, never more than the manifest's size (a
   * hostile entry cannot fill the disk), and returns its SHA-256 ("" when the size differs).
   */
  private static String extract(ZipFile zip, BackupManifest manifest, Path folder)
      throws IOException {
    MessageDigest digest = Sha256.newDigest();
    long written = 0;
    try (InputStream in = zip.getInputStream(zip.getEntry(BackupManifest.DATABASE));
        OutputStream out = Files.newOutputStream(folder.resolve(BackupManifest.DATABASE))) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        written += n;
        if (written > manifest.size()) {
          return "";
        }
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    if (written != manifest.size()) {
      return "";
    }
    ZipEntry key = zip.getEntry(BackupManifest.KEY);
    if (key != null) {
      try (InputStream in = zip.getInputStream(key)) {
        byte[] bytes = in.readNBytes(BackupManifest.KEY_MAX_BYTES + 1);
        if (bytes.length > BackupManifest.KEY_MAX_BYTES) {
          return "";
        }
        Files.write(folder.resolve(BackupManifest.KEY), bytes);
      }
    }
    return Sha256.hex(digest);
  }

  static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a scratch folder left behind is removed by the next backup
    }
  }
}
