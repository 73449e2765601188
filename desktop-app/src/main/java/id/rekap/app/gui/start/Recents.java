package id.rekap.app.gui.start;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspaces this user opened lately, newest first, in a small text file of their own (one
 * folder a line). Preferences, not data: a missing or unreadable file is an empty list, and a
 * failed write is ignored (the clerk can always open the folder again).
 */
public final class Recents {
  static final int KEEP = 8;
  private final Path file;

  public Recents(Path file) {
    this.file = file;
  }

  /**
   * The usual place: {@code $XDG_CONFIG_HOME/rekap/recent-workspaces}, else {@code
   * ~/.config/rekap/…}; on Windows under {@code %APPDATA%\Rekap}.
   */
  public static Recents forUser() {
    String appData = System.getenv("APPDATA");
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        appData != null && !appData.isBlank()
            ? Path.of(appData, "Rekap")
            : xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "rekap")
                : Path.of(System.getProperty("user.home"), ".config", "rekap");
    return new Recents(base.resolve("recent-workspaces"));
  }

  public Path file() {
    return file;
  }

  public List<Path> list() {
    try {
      if (!Files.isRegularFile(file)) {
        return List.of();
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank())
          .map(Path::of)
          .distinct()
          .limit(KEEP)
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** Puts the folder on top of the list. */
  public void remember(Path folder) {
    Path clean = folder.toAbsolutePath().normalize();
    List<Path> now = new ArrayList<>(list());
    now.remove(clean);
    now.addFirst(clean);
    write(now.subList(0, Math.min(KEEP, now.size())));
  }

  /** Takes a folder off the list (it was moved or deleted). */
  public void forget(Path folder) {
    List<Path> now = new ArrayList<>(list());
    now.remove(folder.toAbsolutePath().normalize());
    write(now);
  }

  private void write(List<Path> folders) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".recent-", ".tmp");
      Files.write(temp, folders.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // preferences only: the next start simply lists fewer workspaces
    }
  }
}
