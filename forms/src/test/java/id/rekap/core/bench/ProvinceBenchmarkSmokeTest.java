package id.rekap.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.support.TestStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province benchmark at a tiny scale, so its code keeps working (on H2, and on PostgreSQL in
 * the second surefire run); the real run is {@code ./bench --province}.
 */
class ProvinceBenchmarkSmokeTest {
  /** Two kab/kota of one kecamatan each, two TPS per desa. */
  private static final ProvinceScale TINY = new ProvinceScale(2, 1, 2);

  @TempDir Path dir;

  private static PrintStream log() {
    return Boolean.getBoolean("bench.verbose")
        ? System.out
        : new PrintStream(OutputStream.nullOutputStream());
  }

  /**
   * The real path: a PPK workspace per kecamatan, its package imported and adopted above. Tagged
   * slow (a PPK and a kab/kota workspace, two keys, two signed exports and the plenary's decisions
   * take tens of seconds on a loaded 2-core machine); {@code ./bench --province} takes this path.
   */
  @Tag("slow")
  @Test
  void buildsKabKotaPackagesFromPpkPackages() throws IOException {
    ProvinceScale one = new ProvinceScale(1, 1, 1);
    ProvincePackages.Built built = ProvincePackages.ensure(dir, one, 7, true, 1, log());
    assertThat(built.kabkota()).containsExactly("3201");
    ProvinceFigures f = ProvinceRun.run(dir, built, TestStore.postgres(), log());
    assertThat(f.rows()).isEqualTo(built.tps() * 5);
    // the kab/kota adopted its region (over the kecamatan its PPK adopted) and says so
    try (var zip = new java.util.zip.ZipFile(built.pkg("3201").toFile())) {
      String adoptions =
          new String(
              zip.getInputStream(zip.getEntry("adoptions.json")).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(adoptions).contains("\"code\":\"3201\"").contains("\"code\":\"320101\"");
    }
  }

  @Test
  void buildsImportsAndReportsTheFigures() throws IOException {
    PrintStream quiet = log();
    ProvincePackages.Built built = ProvincePackages.ensure(dir, TINY, 7, false, 1, quiet);
    assertThat(built.kabkota()).containsExactly("3201", "3202");
    assertThat(built.kecamatan()).isEqualTo(2);
    assertThat(built.seconds()).isPositive();
    for (String kab : built.kabkota()) {
      assertThat(built.pkg(kab)).isRegularFile();
      assertThat(built.certificate(kab)).isRegularFile();
    }
    // the second call finds everything cached
    assertThat(ProvincePackages.ensure(dir, TINY, 7, false, 1, quiet).seconds()).isZero();

    ProvinceFigures f = ProvinceRun.run(dir, built, TestStore.postgres(), quiet);
    // every TPS of every ballot came in: five rows per TPS, no R22 difference (checked in the run)
    assertThat(f.rows()).isEqualTo(built.tps() * 5);
    assertThat(f.packages()).hasSize(2);
    assertThat(f.recaps()).hasSize(20);
    // PPWP and DPD over the province, DPR and DPRD Provinsi per dapil, each as PDF and XLSX
    assertThat(f.forms()).extracting(ProvinceRun.FormTiming::format).contains("pdf", "xlsx");
    assertThat(f.forms())
        .extracting(ProvinceRun.FormTiming::contest)
        .contains("ppwp", "pdpd", "pdpr", "pdprdp")
        .doesNotContain("pdprdk");

    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(doc, "# Benchmarks\n\nhand-written\n");
    ProvinceReport.splice(
        doc,
        f.store(),
        ProvinceReport.markdown(f, BenchEnvironment.current(), "./bench --province"));
    ProvinceReport.splice(
        doc,
        f.store(),
        ProvinceReport.markdown(f, BenchEnvironment.current(), "./bench --province"));
    String text = Files.readString(doc);
    assertThat(text)
        .startsWith("# Benchmarks\n\nhand-written\n")
        .contains("| Import and verify every kab/kota package |", "Heap <= 2 GB", "| ppwp |");
    assertThat(text.split("### Latest run on", -1)).hasSize(2);
    assertThat(ProvinceReport.text(f)).contains("packages imported and verified");
  }

  @Test
  void optionsSelectTheStoreAndTheScale() {
    var o =
        ProvinceBenchmark.parse(
            new String[] {"--province", "--store", "postgresql", "--kabkota", "3", "--keep"});
    assertThat(o.postgres()).isTrue();
    assertThat(o.scale()).isEqualTo(new ProvinceScale(3, Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertThat(o.command()).isEqualTo("./bench --province --store postgresql --kabkota 3 --keep");
    assertThat(ProvinceBenchmark.parse(new String[0]).scale().isFull()).isTrue();
  }
}
