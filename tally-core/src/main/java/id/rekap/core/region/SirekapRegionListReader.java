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
 * to 5 (TPS). Sirekap's internal {@code id} is ignored: the {@code kode} is the key. The national
 * folder holds lists the workspace does not need, some with codes that are not Kemendagri digits
 * (the overseas list {@code 99.json}: {@code "99BF"}, docs/election-facts.md §11.4): entries
 * outside the scope are counted and left out, whatever their code; only an entry that may lie
 * inside the scope must have a valid code. A list named after its parent region ({@code 99.json})
 * whose parent lies outside the scope is outside as a whole.
 */
final class SirekapRegionListReader {
  private SirekapRegionListReader() {}

  static RegionData read(Path file, RegionScope scope) {
    List<Region> regions = new ArrayList<>();
    List<Tps> tps = new ArrayList<>();
    int outside = 0;
    boolean wholeFileOutside = parentOf(file).filter(r -> !scope.keeps(r)).isPresent();
    try (JsonParser p = JsonInput.parser(file)) {
      JsonInput.expect(p, file, p.nextToken(), JsonToken.START_ARRAY);
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        if (wholeFileOutside) {
          p.skipChildren();
          outside++;
        } else if (!readElement(p, file, index, scope, regions, tps)) {
          outside++;
        }
        index++;
      }
      JsonInput.expect(p, file, p.currentToken(), JsonToken.END_ARRAY);
    } catch (IOException e) {
      throw JsonInput.malformed(file, e);
    }
    return new RegionData(regions, tps, outside);
  }

  /** The parent region a list is named after ({@code 1101.json}); none for {@code 0.json}. */
  private static java.util.Optional<RegionCode> parentOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return RegionCode.parse(dot < 0 ? name : name.substring(0, dot));
  }

  /** Reads one entry; false when it lies outside the scope and was left out. */
  private static boolean readElement(
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
    String kode = code == null ? "" : code;
    var tpsCode = TpsCode.parse(kode);
    var region =
        tpsCode.isPresent() ? java.util.Optional.<RegionCode>empty() : RegionCode.parse(kode);
    boolean inScope =
        tpsCode.map(scope::keeps).orElse(false) || region.map(scope::keeps).orElse(false);
    if (!inScope) {
      if (tpsCode.isPresent() || region.isPresent() || !scope.mayHold(kode)) {
        return false;
      }
      // an odd code that may lie inside the workspace: it cannot be placed, so it is refused
      throw RekapException.badInput("region.error.code", file, place + ".kode", kode);
    }
    if (name == null || name.isEmpty()) {
      throw RekapException.badInput("region.error.name", file, place + ".nama");
    }
    if (tpsCode.isPresent()) {
      tps.add(new Tps(tpsCode.get(), name, null));
    } else {
      regions.add(new Region(region.get(), name));
    }
    return true;
  }
}
