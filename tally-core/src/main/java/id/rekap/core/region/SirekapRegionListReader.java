package id.rekap.core.region;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one Sirekap region list: {@code [{"nama", "id", "kode", "tingkat"}]}, tingkat 1 (province)
 * to 5 (TPS). Sirekap's internal {@code id} is ignored: the {@code kode} is the key.
 */
final class SirekapRegionListReader {
  private SirekapRegionListReader() {}

  static RegionData read(Path file, RegionScope scope) {
    List<Region> regions = new ArrayList<>();
    List<Tps> tps = new ArrayList<>();
    try (JsonParser p = JsonInput.parser(file)) {
      JsonInput.expect(p, file, p.nextToken(), JsonToken.START_ARRAY);
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        readElement(p, file, index++, scope, regions, tps);
      }
      JsonInput.expect(p, file, p.currentToken(), JsonToken.END_ARRAY);
    } catch (IOException e) {
      throw JsonInput.malformed(file, e);
    }
    return new RegionData(regions, tps);
  }

  private static void readElement(
      JsonParser p, Path file, int index, RegionScope scope, List<Region> regions, List<Tps> tps)
      throws IOException {
    String name = null;
    String code = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "nama" -> name = value == JsonToken.VALUE_STRING ? p.getValueAsString().strip() : null;
        case "kode" -> code = value == JsonToken.VALUE_STRING ? p.getValueAsString() : null;
        default -> p.skipChildren();
      }
    }
    String place = "[" + index + "]";
    if (name == null || name.isEmpty()) {
      throw RekapException.badInput("region.error.name", file, place + ".nama");
    }
    String kode = code;
    var tpsCode = TpsCode.parse(kode);
    if (tpsCode.isPresent()) {
      if (scope.keeps(tpsCode.get())) {
        tps.add(new Tps(tpsCode.get(), name, null));
      }
      return;
    }
    RegionCode region =
        RegionCode.parse(kode)
            .orElseThrow(
                () -> RekapException.badInput("region.error.code", file, place + ".kode", kode));
    if (scope.keeps(region)) {
      regions.add(new Region(region, name));
    }
  }
}
