package id.rekap.core.bench;

import id.rekap.core.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real region structure of Kab. Bogor (3201) from the KawalPemilu hierarchy fixture: names of
 * the kabupaten, its kecamatan and desa, and the TPS numbers of every desa (001..max plus the
 * special 9xx range where a desa has one). The generator derives everything else from it.
 */
final class KabupatenFixture {
  static final String ROOT = "3201";
  private static final String RESOURCE = "/fixtures/kawalpemilu-3201.json";

  private final Map<String, String> names;
  private final Map<String, List<Integer>> tpsNumbers;

  private KabupatenFixture(Map<String, String> names, Map<String, List<Integer>> tpsNumbers) {
    this.names = names;
    this.tpsNumbers = tpsNumbers;
  }

  /** The whole kabupaten, from the fixture in the test resources. */
  static KabupatenFixture load() {
    try (InputStream in = KabupatenFixture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("fixture missing: " + RESOURCE);
      }
      KawalPemiluSlice slice = KawalPemiluSlice.read(in);
      return new KabupatenFixture(slice.names(), slice.tpsNumbers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first kecamatan by code, each desa with at most its first TPS, as the scale asks. */
  KabupatenFixture cut(BenchScale scale) {
    List<String> kept = kecamatan().stream().limit(scale.kecamatan()).toList();
    Map<String, String> n = new TreeMap<>();
    names.forEach(
        (code, name) -> {
          if (code.length() < 6 || kept.contains(code.substring(0, 6))) {
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
    return new KabupatenFixture(n, t);
  }

  List<String> kecamatan() {
    return names.keySet().stream().filter(c -> c.length() == 6).toList();
  }

  List<String> desa() {
    return List.copyOf(tpsNumbers.keySet());
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

  /** TPS per kecamatan, in code order. */
  Map<String, Integer> tpsPerKecamatan() {
    Map<String, Integer> out = new LinkedHashMap<>();
    kecamatan().forEach(k -> out.put(k, 0));
    tpsNumbers.forEach((desa, n) -> out.merge(desa.substring(0, 6), n.size(), Integer::sum));
    return out;
  }

  /**
   * Writes the (cut) structure back in the KawalPemilu shape, which {@code regions import} reads. A
   * cut range is written as an explicit 001..max (the generator never cuts into the 9xx range
   * without also dropping it).
   */
  void write(Path file) {
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
