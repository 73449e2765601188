package id.rekap.core.region;

import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads master-data files of any accepted kind (KawalPemilu hierarchy, Sirekap region lists, Rekap
 * CSV), given as files or folders, and merges what lies in the workspace's scope.
 */
public final class RegionFileReader {
  /** The national KawalPemilu file is ~4 MB; anything far larger is not master data. */
  static final long MAX_FILE_BYTES = 64L << 20;

  private RegionFileReader() {}

  /** The files a list of paths names: folders are walked recursively for .json and .csv files. */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> isJson(f) || isCsv(f))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw RekapException.badInput("input.error.unreadable", path, e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw RekapException.badInput("input.error.missing", path);
      }
    }
    return files;
  }

  public static RegionData read(Path file, RegionScope scope) {
    if (isCsv(file)) {
      return RekapRegionCsvReader.read(file, JsonInput.readBounded(file, MAX_FILE_BYTES), scope);
    }
    byte[] content = JsonInput.readBounded(file, MAX_FILE_BYTES);
    return switch (firstSignificant(content)) {
      case '{' -> KawalPemiluHierarchyReader.read(file, scope);
      case '[' -> SirekapRegionListReader.read(file, scope);
      default -> throw RekapException.badInput("region.error.kind", file);
    };
  }

  private static char firstSignificant(byte[] content) {
    for (byte b : content) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return (char) b;
      }
    }
    return 0;
  }

  private static boolean isJson(Path f) {
    return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static boolean isCsv(Path f) {
    return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }
}
