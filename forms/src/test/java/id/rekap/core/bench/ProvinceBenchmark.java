package id.rekap.core.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The province benchmark of issue 20 §3: Jawa Barat's 27 kab/kota packages, built from generated
 * PPK data through the real code path (cached), imported and verified into a fresh KPU Provinsi
 * workspace on H2 or PostgreSQL, then recapped, checked and printed. Run it with {@code ./bench
 * --province [--store postgresql]}; see {@code docs/benchmarks.md} for the options.
 */
public final class ProvinceBenchmark {
  private ProvinceBenchmark() {}

  /** Command-line options. */
  record Options(
      Path folder,
      Path doc,
      ProvinceScale scale,
      long seed,
      boolean postgres,
      boolean viaPpk,
      int threads,
      String command,
      boolean keep) {}

  public static void main(String[] args) {
    Options o = parse(args);
    PrintStream out = System.out;
    out.println(
        "Rekap province benchmark, scale "
            + o.scale()
            + ", seed "
            + o.seed()
            + ", store "
            + (o.postgres() ? "PostgreSQL" : "H2")
            + ", in "
            + o.folder());
    ProvincePackages.Built built =
        ProvincePackages.ensure(o.folder(), o.scale(), o.seed(), o.viaPpk(), o.threads(), out);
    if (built.seconds() > 0) {
      out.printf(Locale.ROOT, "Packages built in %.1f s (not a target)%n", built.seconds());
    }
    ProvinceFigures f = ProvinceRun.run(o.folder(), built, o.postgres(), out);
    out.println();
    out.print(ProvinceReport.text(f));
    out.println("Load: " + BenchReport.loadAverage());
    if (o.doc() != null) {
      Path doc = o.doc().toAbsolutePath().normalize();
      ProvinceReport.splice(
          doc, f.store(), ProvinceReport.markdown(f, BenchEnvironment.current(), o.command()));
      out.println("\nFigures written to " + doc);
    }
    if (!o.keep()) {
      BenchDataGenerator.deleteTree(o.folder().resolve("province-workspace"));
    }
  }

  static Options parse(String[] args) {
    Path folder = Path.of("target", "province-bench");
    Path doc = null;
    int kabkota = Integer.MAX_VALUE;
    int kecamatan = Integer.MAX_VALUE;
    int tpsPerDesa = Integer.MAX_VALUE;
    long seed = Benchmark.DEFAULT_SEED;
    boolean postgres = false;
    boolean viaPpk = true;
    int threads = 2;
    boolean keep = false;
    StringBuilder command = new StringBuilder("./bench --province");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--province" -> {
          // the switch that chose this benchmark in ./bench
        }
        case "--out" -> folder = Path.of(value(args, ++i, a));
        case "--doc" -> doc = Path.of(value(args, ++i, a));
        case "--kabkota" -> kabkota = Integer.parseInt(value(args, ++i, a));
        case "--kecamatan" -> kecamatan = Integer.parseInt(value(args, ++i, a));
        case "--tps-per-desa" -> tpsPerDesa = Integer.parseInt(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
        case "--keep" -> keep = true;
        case "--direct" -> viaPpk = false;
        case "--store" -> {
          String s = value(args, ++i, a);
          if (!s.equals("h2") && !s.equals("postgresql")) {
            throw new IllegalArgumentException("--store h2 or --store postgresql");
          }
          postgres = s.equals("postgresql");
        }
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + a
                    + "; known: --store h2|postgresql --kabkota N --kecamatan N"
                    + " --tps-per-desa N --seed N --direct --threads N --keep --out DIR --doc FILE");
      }
      if (!a.equals("--province") && !a.equals("--out") && !a.equals("--doc")) {
        command.append(' ').append(a);
        if (!a.equals("--keep") && !a.equals("--direct")) {
          command.append(' ').append(args[i]);
        }
      }
    }
    return new Options(
        folder,
        doc,
        new ProvinceScale(kabkota, kecamatan, tpsPerDesa),
        seed,
        postgres,
        viaPpk,
        threads,
        command.toString(),
        keep);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
