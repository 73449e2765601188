package id.rekap.app.gui.start;

import id.rekap.core.setup.WorkspaceLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The national list of provinces, kab/kota and kecamatan (codes and names of Pemilu 2024), bundled
 * so the create wizard can find a tally centre's region by typing part of its name or code,
 * offline. Generated once by {@code scripts/region-names.py}; the desa and TPS come later with the
 * region import.
 */
public final class RegionDirectory {
  private static final String RESOURCE = "/id/rekap/app/gui/start/regions.tsv";

  /** One region, with the name of the region above it (to tell the many "KOTA …" apart). */
  public record Entry(String code, String name, String parent) {
    /** "3101 · KEPULAUAN SERIBU (DKI JAKARTA)". */
    public String label() {
      return dotted() + " · " + name + (parent.isEmpty() ? "" : " (" + parent + ")");
    }

    /** The code as KPU writes it: 31.01.01. */
    public String dotted() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < code.length(); i += 2) {
        if (i > 0) {
          b.append('.');
        }
        b.append(code, i, Math.min(i + 2, code.length()));
      }
      return b.toString();
    }
  }

  private final List<Entry> entries;

  RegionDirectory(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  private static volatile RegionDirectory bundled;

  /** The bundled list, read once. */
  public static RegionDirectory bundled() {
    RegionDirectory d = bundled;
    if (d == null) {
      try (InputStream in = RegionDirectory.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("region list missing from the build");
        }
        d = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = d;
    }
    return d;
  }

  static RegionDirectory read(BufferedReader reader) throws IOException {
    Map<String, String> names = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 2);
      if (cols.length == 2) {
        names.put(cols[0], cols[1]);
        rows.add(cols);
      }
    }
    List<Entry> out = new ArrayList<>();
    for (String[] r : rows) {
      String parent =
          r[0].length() > 2 ? names.getOrDefault(r[0].substring(0, r[0].length() - 2), "") : "";
      out.add(new Entry(r[0], r[1], parent));
    }
    return new RegionDirectory(out);
  }

  public int size() {
    return entries.size();
  }

  /**
   * The regions of the level's size whose code starts with the typed digits (dots and spaces
   * ignored) or whose name contains every typed word, at most {@code limit}, in code order.
   */
  public List<Entry> search(String query, WorkspaceLevel level, int limit) {
    int digits = level.regionLevel().digits();
    String q = query == null ? "" : query.strip().toUpperCase(Locale.ROOT);
    String code = q.replace(".", "").replace(" ", "");
    boolean byCode = !code.isEmpty() && code.chars().allMatch(Character::isDigit);
    String[] words = q.isEmpty() ? new String[0] : q.split("\\s+");
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.code().length() != digits) {
        continue;
      }
      boolean match =
          byCode ? e.code().startsWith(code) : containsAll(e.name() + " " + e.parent(), words);
      if (match) {
        out.add(e);
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }

  private static boolean containsAll(String text, String[] words) {
    for (String w : words) {
      if (!text.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
