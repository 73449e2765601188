package id.rekap.core.bench;

import java.util.List;
import java.util.Locale;

/**
 * The scale curve (issue 18, target 5): the same run at 1, 10 and 40 kecamatan of Kab. Bogor, so
 * that a phase growing faster than the data shows. Each phase's cost per TPS (its time divided by
 * the TPS of the point, five ballots each) should stay about the same from point to point when the
 * phase grows linearly; the last column says by how much it grew from the first point to the last.
 */
final class ScaleCurve {
  /** The kecamatan counts of the curve; the last is the run the targets are judged on. */
  static final List<Integer> POINTS = List.of(1, 10, 40);

  private ScaleCurve() {}

  /** The curve as a markdown table (also readable as text). */
  static String markdown(List<BenchFigures> runs) {
    StringBuilder b = new StringBuilder();
    b.append(
        "\nScale curve (same run, same machine): each phase's time, and in brackets its cost per"
            + " TPS in milliseconds (time / TPS of the point; a TPS is five ballot files). Linear"
            + " growth keeps the cost per TPS flat: the last column is the cost per TPS at the"
            + " largest point over that at the smallest (1.00x = linear; above 1.5x: look at that"
            + " phase).\n\n");
    b.append("| Phase |");
    runs.forEach(
        r ->
            b.append(
                String.format(
                    Locale.ROOT,
                    " %d kec., %,d TPS, %,d files |",
                    r.data().kecamatan(),
                    r.data().tps(),
                    r.data().files())));
    b.append(" growth of the cost per TPS |\n|---|");
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
              " %.2f s (%.3f ms) |",
              seconds.applyAsDouble(r),
              msPerTps(seconds.applyAsDouble(r), r)));
    }
    double first = msPerTps(seconds.applyAsDouble(runs.getFirst()), runs.getFirst());
    double last = msPerTps(seconds.applyAsDouble(runs.getLast()), runs.getLast());
    b.append(String.format(Locale.ROOT, " %.2fx |\n", last / first));
  }

  private static double msPerTps(double seconds, BenchFigures r) {
    return seconds * 1000 / Math.max(1, r.data().tps());
  }
}
