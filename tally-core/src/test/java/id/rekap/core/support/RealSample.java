package id.rekap.core.support;

import id.rekap.core.demo.DemoData;
import id.rekap.core.support.ExpectedRecap.Hierarchy;
import id.rekap.core.support.RawSirekap.TpsValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The real Kepulauan Seribu sample as the test reads it, independently of production code: the
 * region hierarchy from {@code wilayah-3101.json} and every one of the 88 Sirekap PPWP files.
 */
public record RealSample(Hierarchy hierarchy, Map<String, TpsValues> tps) {
  /** Sirekap's paslon ids and their ballot numbers (Pemilu 2024 PPWP). */
  public static final Map<String, Integer> PPWP_IDS = Map.of("100025", 1, "100026", 2, "100027", 3);

  /** The value keys of every PPWP row: choices, block V and the contract's admin object. */
  public static final List<String> PPWP_KEYS = ppwpKeys();

  public static RealSample read(Path demoFiles) {
    Hierarchy h = Hierarchy.kawalPemilu(demoFiles.resolve(DemoData.REGIONS), DemoData.REGION);
    Map<String, TpsValues> tps = new TreeMap<>();
    try (Stream<Path> files = Files.list(demoFiles.resolve(DemoData.RESULTS))) {
      files.forEach(
          f -> {
            TpsValues v = RawSirekap.candidates(f, PPWP_IDS);
            tps.put(v.code(), v);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RealSample(h, tps);
  }

  /** Expected rows of the PPWP recap at a level (0 digits = TPS rows). */
  public List<Map<String, Object>> expectedRows(int digits) {
    return ExpectedRecap.rows(hierarchy, digits, hierarchy.tps(), tps, ignored -> PPWP_KEYS);
  }

  public long received() {
    return tps.values().stream().filter(TpsValues::received).count();
  }

  private static List<String> ppwpKeys() {
    List<String> keys = new ArrayList<>(List.of("choices.1", "choices.2", "choices.3"));
    keys.addAll(RawSirekap.ADMIN.keySet());
    return List.copyOf(keys);
  }
}
