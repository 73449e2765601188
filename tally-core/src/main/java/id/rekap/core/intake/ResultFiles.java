package id.rekap.core.intake;

import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The result files named by the user: folders are walked recursively; inside folders, files that
 * are not JSON (a LICENSE, a README) are skipped and counted, while a non-JSON file named
 * explicitly is refused.
 */
record ResultFiles(List<Path> files, List<RekapException> refused, int skipped) {

  static ResultFiles collect(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<RekapException> refused = new ArrayList<>();
    int skipped = 0;
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
          all = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
          throw RekapException.badInput("input.error.unreadable", path, e.getMessage());
        }
        for (Path f : all) {
          if (isJson(f)) {
            files.add(f);
          } else {
            skipped++;
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
    return new ResultFiles(files, refused, skipped);
  }

  private static boolean isJson(Path f) {
    return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
