package id.rekap.core.bench;

import java.util.SplittableRandom;

/**
 * Splits a number of ballots among choices by weight, one ballot at a time, so the parts always add
 * up to the whole (as the counts on a C.Hasil must) and vary like real counts do.
 */
final class VoteSplitter {
  private VoteSplitter() {}

  /** Weights varied per TPS: each multiplied by a log-normal factor, so no two TPS look alike. */
  static double[] vary(double[] weights, double spread, SplittableRandom r) {
    double[] out = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = weights[i] * Math.exp(spread * r.nextGaussian());
    }
    return out;
  }

  static int[] split(int ballots, double[] weights, SplittableRandom r) {
    double[] cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    int[] out = new int[weights.length];
    for (int b = 0; b < ballots; b++) {
      double u = r.nextDouble() * sum;
      int lo = 0;
      int hi = weights.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] > u) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      out[lo]++;
    }
    return out;
  }
}
