package id.rekap.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of backup files: the workspace's own {@code backups/}, or the second folder (a USB stick
 * that may hold the backups of several workspaces, told apart by the region in the name). Names are
 * {@code rekap-<region>-<yyyyMMdd-HHmmss>-<audit seq>.zip}, in the office's time zone, so they sort
 * by time in a file manager and say which state they hold.
 */
public final class BackupFolder {
  private static final Pattern NAME =
      Pattern.compile("rekap-(\\d{2,10})-(\\d{8}-\\d{6})-(\\d+)(-\\d+)?\\.zip");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path folder;
  private final String region;

  public BackupFolder(Path folder, String region) {
    this.folder = folder;
    this.region = region;
  }

  public Path path() {
    return folder;
  }

  /** One backup file found in the folder; without a manifest when it cannot be read. */
  public record Entry(Path file, Optional<BackupManifest> manifest, long size) {
    /** When it was taken (from the manifest; the file's time when that is unreadable). */
    public Instant createdAt() {
      return manifest.map(BackupManifest::createdAt).orElse(Instant.EPOCH);
    }
  }

  /** A new, unused file name for a backup taken at {@code at} ending at audit event {@code seq}. */
  public Path newName(Instant at, long seq, Clock clock) {
    String stem =
        "rekap-" + region + "-" + STAMP.format(at.atZone(clock.getZone())) + "-" + pad(seq);
    Path file = folder.resolve(stem + ".zip");
    for (int n = 2; Files.exists(file); n++) {
      file = folder.resolve(stem + "-" + n + ".zip");
    }
    return file;
  }

  private static String pad(long seq) {
    String s = Long.toString(seq);
    return s.length() >= 6 ? s : "0".repeat(6 - s.length()) + s;
  }

  /** This workspace's backups in the folder, newest first (none when the folder is missing). */
  public List<Entry> list() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (m.matches() && m.group(1).equals(region) && Files.isRegularFile(f)) {
          out.add(new Entry(f, BackupCheck.peek(f), size(f)));
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    out.sort(
        Comparator.comparing(Entry::createdAt)
            .thenComparing(e -> e.manifest().map(x -> x.head().seq()).orElse(-1L))
            .thenComparing(e -> e.file().getFileName().toString())
            .reversed());
    return out;
  }

  /** The newest backup of this workspace whose manifest reads. */
  public Optional<Entry> newest() {
    return list().stream().filter(e -> e.manifest().isPresent()).findFirst();
  }

  /**
   * Removes what an interrupted backup of this workspace left in the folder: its hidden {@code
   * .part} files and, with {@code scratch} (the workspace's own folder, where only one backup runs
   * at a time), the scratch folders of checks.
   */
  public void removeLeftovers(boolean scratch) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(".rekap-" + region + "-") && name.endsWith(".part")) {
          Files.deleteIfExists(f);
        } else if (scratch && (name.startsWith(".check-") || name.startsWith(".take-"))) {
          BackupCheck.deleteTree(f);
        }
      }
    } catch (IOException ignored) {
      // what cannot be removed now is tried again next time
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return -1;
    }
  }
}
