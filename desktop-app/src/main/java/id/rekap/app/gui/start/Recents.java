package id.rekap.app.gui.start;

import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspaces this user opened lately, newest first, in a small text file of their own: one line
 * a workspace, its folder and, tab-separated, its name, level and region as they were when it was
 * last opened (so the start screen can name them without opening every store). Preferences, not
 * data: a missing or unreadable file is an empty list, a line of an earlier version (the folder
 * alone) a workspace without a name yet, and a failed write is ignored (the clerk can always open
 * the folder again).
 */
public final class Recents {
  static final int KEEP = 8;
  private final Path file;

  /**
   * A remembered workspace.
   *
   * @param name the tally centre's name ("PPK Kepulauan Seribu Utara"), empty when not known
   * @param level the workspace level's id ({@code kecamatan}, {@code kabkota}), empty if unknown
   * @param region the region's code, empty when not known
   * @param regionName the region's name, empty when not known
   */
  public record Entry(Path folder, String name, String level, String region, String regionName) {
    static Entry of(Path folder) {
      return new Entry(folder, "", "", "", "");
    }

    String line() {
      return String.join("\t", folder.toString(), clean(name), level, region, clean(regionName));
    }

    static Entry parse(String line) {
      String[] p = line.split("\t", -1);
      return new Entry(
          Path.of(p[0]), at(p, 1), at(p, 2), at(p, 3), at(p, 4)); // older lines: the folder only
    }

    private static String at(String[] p, int i) {
      return i < p.length ? p[i] : "";
    }

    private static String clean(String s) {
      return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
  }

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

  /** The folders, newest first. */
  public List<Path> list() {
    return entries().stream().map(Entry::folder).toList();
  }

  /** The workspaces with what is known of them, newest first. */
  public List<Entry> entries() {
    try {
      if (!Files.isRegularFile(file)) {
        return List.of();
      }
      Map<Path, Entry> out = new LinkedHashMap<>();
      for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!l.isBlank()) {
          Entry e = Entry.parse(l);
          out.putIfAbsent(e.folder(), e);
        }
      }
      return out.values().stream().limit(KEEP).toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** Puts the folder on top of the list (what was known of it is kept). */
  public void remember(Path folder) {
    Path clean = folder.toAbsolutePath().normalize();
    Entry known =
        entries().stream()
            .filter(e -> e.folder().equals(clean))
            .findFirst()
            .orElse(Entry.of(clean));
    put(known);
  }

  /** Puts an open workspace on top of the list with its name, level and region. */
  public void remember(Workspace ws) {
    var info = ws.info();
    String regionName;
    try {
      regionName = ws.regionTree().nameOf(info.region());
    } catch (RuntimeException e) {
      regionName = ""; // preferences only: the name is shown when the tree can be read
    }
    put(
        new Entry(
            ws.folder().toAbsolutePath().normalize(),
            info.name(),
            info.level().id(),
            info.region().value(),
            regionName));
  }

  private void put(Entry entry) {
    List<Entry> now = new ArrayList<>(entries());
    now.removeIf(e -> e.folder().equals(entry.folder()));
    now.addFirst(entry);
    write(now.subList(0, Math.min(KEEP, now.size())));
  }

  /** Takes a folder off the list (it was moved or deleted). */
  public void forget(Path folder) {
    Path clean = folder.toAbsolutePath().normalize();
    List<Entry> now = new ArrayList<>(entries());
    now.removeIf(e -> e.folder().equals(clean));
    write(now);
  }

  private void write(List<Entry> entries) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".recent-", ".tmp");
      Files.write(temp, entries.stream().map(Entry::line).toList(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // preferences only: the next start simply lists fewer workspaces
    }
  }
}
