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
 * Reads the KawalPemilu hierarchy file {@code {"id2name": {code: name}, "tps": {desa: [maxTpsNo,
 * extBegin?, extEnd?]}}}: TPS 001..maxTpsNo, plus extBegin..extEnd (the special 9xx TPS) when
 * present. Streams the national file and keeps only what the scope keeps.
 */
final class KawalPemiluHierarchyReader {
  private KawalPemiluHierarchyReader() {}

  static RegionData read(Path file, RegionScope scope) {
    List<Region> regions = new ArrayList<>();
    List<Tps> tps = new ArrayList<>();
    try (JsonParser p = JsonInput.parser(file)) {
      JsonInput.expect(p, file, p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        p.nextToken();
        switch (section) {
          case "id2name" -> readNames(p, file, scope, regions);
          case "tps" -> readTps(p, file, scope, tps);
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw JsonInput.malformed(file, e);
    }
    return new RegionData(regions, tps);
  }

  private static void readNames(JsonParser p, Path file, RegionScope scope, List<Region> out)
      throws IOException {
    JsonInput.expect(p, file, p.currentToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      if (value != JsonToken.VALUE_STRING) {
        throw RekapException.badInput("region.error.name", file, "id2name." + key);
      }
      // Overseas and other non-standard keys (e.g. "99...") with lengths outside 2/4/6/10 are
      // not regions a PPK or KPU Kab/Kota workspace can hold; skip them.
      var code = RegionCode.parse(key).filter(scope::keeps);
      if (code.isPresent()) {
        out.add(new Region(code.get(), p.getValueAsString().strip()));
      }
    }
  }

  private static void readTps(JsonParser p, Path file, RegionScope scope, List<Tps> out)
      throws IOException {
    JsonInput.expect(p, file, p.currentToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      var desa = RegionCode.parse(key).filter(c -> c.level() == RegionLevel.DESA);
      if (desa.isEmpty() || !scope.keeps(desa.get())) {
        p.skipChildren();
        continue;
      }
      int[] numbers = readNumbers(p, file, "tps." + key);
      if (numbers.length < 1 || numbers.length == 2 || numbers.length > 3) {
        throw RekapException.badInput("region.error.tpsRange", file, "tps." + key);
      }
      addRange(out, desa.get(), 1, numbers[0], file, key);
      if (numbers.length == 3) {
        addRange(out, desa.get(), numbers[1], numbers[2], file, key);
      }
    }
  }

  private static int[] readNumbers(JsonParser p, Path file, String place) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw RekapException.badInput("region.error.tpsRange", file, place);
    }
    List<Integer> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw RekapException.badInput("region.error.tpsRange", file, place);
      }
      values.add(p.getIntValue());
    }
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void addRange(
      List<Tps> out, RegionCode desa, int from, int to, Path file, String key) {
    if (from < 1 || to > 999 || from > to + 1) {
      throw RekapException.badInput("region.error.tpsRange", file, "tps." + key);
    }
    for (int n = from; n <= to; n++) {
      out.add(Tps.numbered(TpsCode.of(desa, n)));
    }
  }
}
