package id.rekap.core.bench;

import id.rekap.core.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The real region structure of Jawa Barat (32) from the KawalPemilu hierarchy fixture (27 kab/kota,
 * 627 kecamatan, 5,957 desa, 140,457 TPS): names down to the desa and the TPS numbers of every
 * desa. The province benchmark derives its PPK, kab/kota and province workspaces from it.
 */
final class ProvinceFixture {
  static final String ROOT = "32";
  private static final String RESOURCE = "/fixtures/kawalpemilu-32.json.gz";

  private final Map<String, String> names;
  private final Map<String, List<Integer>> tpsNumbers;

  private ProvinceFixture(Map<String, String> names, Map<String, List<Integer>> tpsNumbers) {
    this.names = names;
    this.tpsNumbers = tpsNumbers;
  }

  /** The whole province, from the fixture in the test resources. */
  static ProvinceFixture load() {
    try (InputStream raw = ProvinceFixture.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("fixture missing: " + RESOURCE);
      }
      KawalPemiluSlice slice = KawalPemiluSlice.read(new GZIPInputStream(raw));
      return new ProvinceFixture(slice.names(), slice.tpsNumbers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first kab/kota by code, in each the first kecamatan, in each desa its first TPS, as the
   * scale asks.
   */
  ProvinceFixture cut(ProvinceScale scale) {
    List<String> keptKab = codes(4).stream().limit(scale.kabkota()).toList();
    List<String> kept = new ArrayList<>();
    for (String kab : keptKab) {
      codes(6).stream()
          .filter(k -> k.startsWith(kab))
          .limit(scale.kecamatanPerKabkota())
          .forEach(kept::add);
    }
    Map<String, String> n = new TreeMap<>();
    names.forEach(
        (code, name) -> {
          boolean in =
              code.length() == 2
                  || (code.length() == 4 && keptKab.contains(code))
                  || (code.length() >= 6 && kept.contains(code.substring(0, 6)));
          if (in) {
            n.put(code, name);
          }
        });
    Map<String, List<Integer>> t = new TreeMap<>();
    tpsNumbers.forEach(
        (desa, numbers) -> {
          if (kept.contains(desa.substring(0, 6))) {
            t.put(desa, numbers.stream().limit(scale.tpsPerDesa()).toList());
          }
        });
    return new ProvinceFixture(n, t);
  }

  /** Only what lies under one region code (a kab/kota or a kecamatan), the province kept. */
  ProvinceFixture under(String code) {
    Map<String, String> n = new TreeMap<>();
    names.forEach(
        (c, name) -> {
          if (c.startsWith(code) || code.startsWith(c)) {
            n.put(c, name);
          }
        });
    Map<String, List<Integer>> t = new TreeMap<>();
    tpsNumbers.forEach(
        (desa, numbers) -> {
          if (desa.startsWith(code)) {
            t.put(desa, numbers);
          }
        });
    return new ProvinceFixture(n, t);
  }

  /** The region codes of one length (4: kab/kota, 6: kecamatan, 10: desa), in code order. */
  List<String> codes(int length) {
    return names.keySet().stream().filter(c -> c.length() == length).toList();
  }

  List<String> kabkota() {
    return codes(4);
  }

  List<String> kecamatan() {
    return codes(6);
  }

  List<String> desa() {
    return List.copyOf(tpsNumbers.keySet());
  }

  String name(String code) {
    return names.getOrDefault(code, code);
  }

  /** The 13-digit TPS codes of one desa, in number order. */
  List<String> tpsOf(String desa) {
    return tpsNumbers.getOrDefault(desa, List.of()).stream()
        .map(n -> desa + String.format(Locale.ROOT, "%03d", n))
        .toList();
  }

  int tpsCount() {
    return tpsNumbers.values().stream().mapToInt(List::size).sum();
  }

  /** TPS per region of one code length (4 or 6), in code order. */
  Map<String, Integer> tpsPer(int length) {
    Map<String, Integer> out = new LinkedHashMap<>();
    codes(length).forEach(k -> out.put(k, 0));
    tpsNumbers.forEach((desa, n) -> out.merge(desa.substring(0, length), n.size(), Integer::sum));
    return out;
  }

  /** Writes the structure in the KawalPemilu shape, which {@code regions import} reads. */
  Path write(Path file) {
    Map<String, Object> tps = new TreeMap<>();
    tpsNumbers.forEach((desa, numbers) -> tps.put(desa, spec(numbers)));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id2name", names);
    doc.put("tps", tps);
    try {
      Json.mapper().writeValue(file.toFile(), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static List<Integer> spec(List<Integer> numbers) {
    int max = 0;
    while (max < numbers.size() && numbers.get(max) == max + 1) {
      max++;
    }
    if (max == numbers.size()) {
      return List.of(max);
    }
    List<Integer> ext = numbers.subList(max, numbers.size());
    return List.of(max, ext.getFirst(), ext.getLast());
  }
}
