package id.rekap.core.bench;

import java.util.List;
import java.util.Locale;

/**
 * The scale curve (issue 18, target 5): the same run at 1, 10 and 40 kecamatan of Kab. Bogor, so
 * that a phase growing faster than the data shows. Each phase's time per 1,000 files should stay
 * about the same from point to point; the last column says by how much it grew from the first.
 */
final class ScaleCurve {
  /** The kecamatan counts of the curve; the last is the run the targets are judged on. */
  static final List<Integer> POINTS = List.of(1, 10, 40);

  private ScaleCurve() {}

  /** The curve as a markdown table (also readable as text). */
  static String markdown(List<BenchFigures> runs) {
    StringBuilder b = new StringBuilder();
    b.append("\nScale curve (same run, same machine; time per 1,000 files in brackets):\n\n");
    b.append("| Phase |");
    runs.forEach(
        r ->
            b.append(
                String.format(
                    Locale.ROOT, " %d kec., %,d files |", r.data().kecamatan(), r.data().files())));
    b.append(" growth of the per-file time |\n|---|");
    b.append("---:|".repeat(runs.size())).append("---:|\n");
    row(b, "Streaming parse floor", runs, r -> r.floor().seconds());
    row(b, "Import results", runs, r -> r.importAll().seconds());
    row(b, "Check (median)", runs, r -> r.checkAll().seconds());
    row(b, "Recap, 20 calls", runs, r -> r.recapAll().seconds());
    row(b, "Integrity check", runs, r -> r.auditVerify().seconds());
    return b.toString();
  }

  private static void row(
      StringBuilder b,
      String name,
      List<BenchFigures> runs,
      java.util.function.ToDoubleFunction<BenchFigures> seconds) {
    b.append("| ").append(name).append(" |");
    for (BenchFigures r : runs) {
      b.append(
          String.format(
              Locale.ROOT,
              " %.2f s (%.3f) |",
              seconds.applyAsDouble(r),
              perThousand(seconds.applyAsDouble(r), r)));
    }
    double first = perThousand(seconds.applyAsDouble(runs.getFirst()), runs.getFirst());
    double last = perThousand(seconds.applyAsDouble(runs.getLast()), runs.getLast());
    b.append(String.format(Locale.ROOT, " %.2fx |\n", last / first));
  }

  private static double perThousand(double seconds, BenchFigures r) {
    return seconds * 1000 / Math.max(1, r.data().files());
  }
}
