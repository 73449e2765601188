package id.rekap.core.region;

import id.rekap.core.common.Csv;
import id.rekap.core.common.RekapException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rekap's own master-data CSV: header {@code code,name[,dpt]}, one row per region or TPS; the
 * code's length (2/4/6/10 or 13 digits, dotted or not) says which.
 */
final class RekapRegionCsvReader {
  private RekapRegionCsvReader() {}

  static RegionData read(Path file, byte[] content, RegionScope scope) {
    List<List<String>> rows = Csv.parse(new String(content, StandardCharsets.UTF_8));
    if (rows.isEmpty()) {
      throw RekapException.badInput("region.error.csvHeader", file);
    }
    List<String> header = rows.getFirst().stream().map(String::strip).toList();
    int code = header.indexOf("code");
    int name = header.indexOf("name");
    int dpt = header.indexOf("dpt");
    if (code < 0 || name < 0) {
      throw RekapException.badInput("region.error.csvHeader", file);
    }
    List<Region> regions = new ArrayList<>();
    List<Tps> tps = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      String place = "#" + (i + 1);
      String codeText = cell(row, code);
      String nameText = cell(row, name);
      if (nameText.isEmpty()) {
        throw RekapException.badInput("region.error.name", file, place);
      }
      var tpsCode = TpsCode.parse(codeText);
      if (tpsCode.isPresent()) {
        if (scope.keeps(tpsCode.get())) {
          tps.add(new Tps(tpsCode.get(), nameText, dpt(file, place, cell(row, dpt))));
        }
        continue;
      }
      RegionCode regionCode =
          RegionCode.parse(codeText)
              .orElseThrow(
                  () -> RekapException.badInput("region.error.code", file, place, codeText));
      if (scope.keeps(regionCode)) {
        regions.add(new Region(regionCode, nameText));
      }
    }
    return new RegionData(regions, tps);
  }

  private static String cell(List<String> row, int index) {
    return index >= 0 && index < row.size() ? row.get(index).strip() : "";
  }

  private static Integer dpt(Path file, String place, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      if (value < 0 || value > 9_999) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw RekapException.badInput("region.error.dpt", file, place, text);
    }
  }
}
