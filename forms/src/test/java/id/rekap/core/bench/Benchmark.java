package id.rekap.core.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The benchmark of the "Foundation" issue: generates Kab. Bogor's Sirekap files, imports and recaps
 * them, prints the figures and writes them into {@code docs/benchmarks.md}. Run it with {@code
 * ./bench} at the repository root; see {@code docs/benchmarks.md} for the options.
 */
public final class Benchmark {
  static final long DEFAULT_SEED = 20240214L;

  private Benchmark() {}

  /** Command-line options. */
  record Options(
      Path folder,
      Path doc,
      BenchScale scale,
      long seed,
      String command,
      boolean keep,
      boolean curve) {}

  public static void main(String[] args) {
    Options o = parse(args);
    PrintStream out = System.out;
    out.println(
        "Rekap benchmark, scale " + o.scale() + ", seed " + o.seed() + ", in " + o.folder());
    // --curve: the smaller points of the scale curve first, each a whole run of its own
    java.util.List<BenchFigures> curve = new java.util.ArrayList<>();
    if (o.curve()) {
      for (int k : ScaleCurve.POINTS) {
        // the last point (all 40 kecamatan) is the main run itself, not run twice
        if (k < o.scale().kecamatan() && k < ScaleCurve.POINTS.getLast()) {
          out.println("Scale curve: " + k + " kecamatan");
          curve.add(BenchRun.run(o.folder(), new BenchScale(k, o.scale().tpsPerDesa()), o.seed()));
        }
      }
    }
    BenchFigures figures = BenchRun.run(o.folder(), o.scale(), o.seed());
    curve.add(figures);
    String curveTable = curve.size() > 1 ? ScaleCurve.markdown(curve) : "";
    out.println();
    out.print(BenchReport.text(figures));
    out.print(curveTable);
    if (o.doc() != null) {
      Path doc = o.doc().toAbsolutePath().normalize();
      BenchReport.splice(
          doc, BenchReport.markdown(figures, BenchEnvironment.current(), o.command()) + curveTable);
      out.println("\nFigures written to " + doc);
    }
    if (!o.keep()) {
      BenchDataGenerator.deleteTree(o.folder().resolve("workspace"));
    }
  }

  static Options parse(String[] args) {
    Path folder = Path.of("target", "bench");
    Path doc = null;
    int kecamatan = Integer.MAX_VALUE;
    int tpsPerDesa = Integer.MAX_VALUE;
    long seed = DEFAULT_SEED;
    String command = null;
    boolean keep = false;
    boolean curve = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out" -> folder = Path.of(value(args, ++i, a));
        case "--doc" -> doc = Path.of(value(args, ++i, a));
        case "--kecamatan" -> kecamatan = Integer.parseInt(value(args, ++i, a));
        case "--tps-per-desa" -> tpsPerDesa = Integer.parseInt(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--command" -> command = value(args, ++i, a);
        case "--keep" -> keep = true;
        case "--curve" -> curve = true;
        default ->
            throw new IllegalArgumentException(
                String.format(
                    Locale.ROOT,
                    "unknown option %s; known: --out DIR --doc FILE"
                        + " --kecamatan N --tps-per-desa N --seed N --command TEXT --keep --curve",
                    a));
      }
    }
    BenchScale scale = new BenchScale(kecamatan, tpsPerDesa);
    return new Options(
        folder,
        doc,
        scale,
        seed,
        command == null ? command(scale, seed, curve) : command,
        keep,
        curve);
  }

  /** The {@code ./bench} call that repeats this run, for the record. */
  private static String command(BenchScale scale, long seed, boolean curve) {
    StringBuilder b = new StringBuilder("./bench");
    if (scale.kecamatan() != Integer.MAX_VALUE) {
      b.append(" --kecamatan ").append(scale.kecamatan());
    }
    if (scale.tpsPerDesa() != Integer.MAX_VALUE) {
      b.append(" --tps-per-desa ").append(scale.tpsPerDesa());
    }
    if (seed != DEFAULT_SEED) {
      b.append(" --seed ").append(seed);
    }
    if (curve) {
      b.append(" --curve");
    }
    return b.toString();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
