package id.rekap.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at a tiny scale, so its code keeps working; the real run is {@code ./bench}. */
class BenchmarkSmokeTest {
  /** 23 desa x 5 TPS x 5 ballots = 575 files: more than one write transaction of the import. */
  private static final BenchScale TINY = new BenchScale(2, 5);

  @TempDir Path dir;

  @Test
  void runsEveryPhaseAndReportsTheFigures() throws IOException {
    BenchFigures f = BenchRun.run(dir.resolve("run"), TINY, Benchmark.DEFAULT_SEED);

    assertThat(f.data().kecamatan()).isEqualTo(2);
    assertThat(f.data().files()).isEqualTo(f.data().tps() * 5);
    assertThat(f.imported().imported()).isEqualTo(f.data().digitised());
    assertThat(f.reimported().unchanged()).isEqualTo(f.data().digitised());
    assertThat(f.recaps()).hasSize(20);
    // workspace.init, its first admin, the master data and one event per imported file
    assertThat(f.auditEvents()).isEqualTo(f.data().digitised() + 3L);
    // every party's list (party row, up to 12 candidates, total) of the DPRD Provinsi ballot
    assertThat(f.report().rows()).isGreaterThan(18 * 3);
    assertThat(f.report().kecamatan()).isEqualTo(2);
    assertThat(f.report().formats())
        .extracting(ReportTiming.Format::name)
        .containsExactly("pdf-a4", "pdf-f4", "xlsx");
    assertThat(f.report().formats()).allSatisfy(r -> assertThat(r.bytes()).isPositive());

    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(
        doc,
        "# Benchmarks\n\nhand-written\n\n"
            + BenchReport.BEGIN
            + "\nold\n"
            + BenchReport.END
            + "\n\nafter\n");
    BenchReport.splice(doc, BenchReport.markdown(f, BenchEnvironment.current(), "./bench"));
    String text = Files.readString(doc);
    assertThat(text)
        .startsWith("# Benchmarks\n\nhand-written\n")
        .endsWith("after\n")
        .doesNotContain("\nold\n")
        .contains(
            "| Import results |",
            "| pdprdk |",
            "Import <= 3 x parse-only",
            "Import <= 2 x streaming parse floor",
            "Streaming parse floor",
            "D.Hasil Kab/Kota of 2 kecamatan");
    assertThat(f.floors()).hasSize(BenchRun.PARSE_PASSES);
    // the scale curve's table, here from the same run twice: every phase grew 1.00x per file
    assertThat(ScaleCurve.markdown(java.util.List.of(f, f)))
        .contains("| Import results |", "| Integrity check |", "1.00x");
  }

  @Test
  void sameSeedGivesTheSameFilesAndTheirNumbersAddUp() throws IOException {
    BenchData a = BenchDataGenerator.generate(dir.resolve("a"), TINY, 7);
    BenchData b = BenchDataGenerator.generate(dir.resolve("b"), TINY, 7);
    Map<Path, byte[]> filesA = contents(a.results());
    Map<Path, byte[]> filesB = contents(b.results());
    assertThat(filesA.keySet()).isEqualTo(filesB.keySet()).hasSize(a.files());
    filesA.forEach((path, bytes) -> assertThat(filesB.get(path)).isEqualTo(bytes));

    for (var e : filesA.entrySet()) {
      JsonNode root = Json.mapper().readTree(e.getValue());
      if (root.get("chart").isNull()) {
        assertThat(root.get("status_suara").asBoolean()).isFalse();
        continue;
      }
      assertAddsUp(root, e.getKey().startsWith("ppwp") || e.getKey().startsWith("pdpd"));
    }
  }

  private static void assertAddsUp(JsonNode root, boolean candidates) {
    JsonNode adm = root.get("administrasi");
    int users = adm.get("pengguna_total_j").asInt();
    assertThat(users)
        .isEqualTo(
            adm.get("pengguna_dpt_j").asInt()
                + adm.get("pengguna_dptb_j").asInt()
                + adm.get("pengguna_non_dpt_j").asInt())
        .isEqualTo(adm.get("pengguna_total_l").asInt() + adm.get("pengguna_total_p").asInt())
        .isEqualTo(adm.get("suara_total").asInt());
    assertThat(adm.get("suara_sah").asInt() + adm.get("suara_tidak_sah").asInt()).isEqualTo(users);
    int votes = 0;
    for (var cell : root.get("chart").properties()) {
      if (candidates) {
        votes += cell.getValue().asInt();
        continue;
      }
      JsonNode party = cell.getValue();
      int sum = 0;
      for (var c : party.properties()) {
        if (!c.getKey().equals("jml_suara_total")) {
          sum += c.getValue().asInt();
        }
      }
      assertThat(sum).isEqualTo(party.get("jml_suara_total").asInt());
      votes += sum;
    }
    assertThat(votes).isEqualTo(adm.get("suara_sah").asInt());
  }

  private static Map<Path, byte[]> contents(Path root) throws IOException {
    Map<Path, byte[]> out = new HashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
