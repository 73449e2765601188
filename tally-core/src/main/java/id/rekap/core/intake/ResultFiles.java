package id.rekap.core.intake;

import id.rekap.core.common.RekapException;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.TpsCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The result files named by the user: folders are walked recursively. Inside folders, files that
 * are not JSON (a LICENSE, a README) are skipped, and so are files named after a TPS outside the
 * workspace region (a provincial or national dump holds other regions' TPS), as are aggregate files
 * of regions neither within nor above the workspace region: both are counted. A file named
 * explicitly is always checked, and refused if it does not belong.
 */
record ResultFiles(List<Path> files, List<RekapException> refused, int skipped, int outside) {

  static ResultFiles collect(List<Path> paths, RegionCode root) {
    List<Path> files = new ArrayList<>();
    List<RekapException> refused = new ArrayList<>();
    int skipped = 0;
    int outside = 0;
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
          all = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
          throw RekapException.badInput("input.error.unreadable", path, e.getMessage());
        }
        for (Path f : all) {
          if (!isJson(f)) {
            skipped++;
          } else if (isTpsOutside(f, root) || isAggregateOutside(f, root)) {
            outside++;
          } else {
            files.add(f);
          }
        }
      } else if (Files.isRegularFile(path)) {
        if (isJson(path)) {
          files.add(path);
        } else {
          refused.add(RekapException.badInput("result.error.kind", path));
        }
      } else {
        refused.add(RekapException.badInput("input.error.missing", path));
      }
    }
    return new ResultFiles(files, refused, skipped, outside);
  }

  private static boolean isTpsOutside(Path f, RegionCode root) {
    String name = f.getFileName().toString();
    return TpsCode.parse(name.substring(0, name.length() - ".json".length()))
        .filter(t -> !t.isWithin(root))
        .isPresent();
  }

  /** An aggregate file of a region neither within the workspace region nor above it. */
  private static boolean isAggregateOutside(Path f, RegionCode root) {
    return AggregateFile.regionOf(f)
        .filter(r -> !r.isWithin(root) && !root.isWithin(r))
        .isPresent();
  }

  private static boolean isJson(Path f) {
    return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
