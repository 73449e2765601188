package id.rekap.core.bench;

/**
 * How much of the kabupaten to generate: the first {@code kecamatan} kecamatan by code and at most
 * {@code tpsPerDesa} TPS per desa. The full scale keeps the real structure unchanged; smaller
 * scales keep CI fast while exercising the same code.
 */
public record BenchScale(int kecamatan, int tpsPerDesa) {
  public static final BenchScale FULL = new BenchScale(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public BenchScale {
    if (kecamatan < 1 || tpsPerDesa < 1) {
      throw new IllegalArgumentException("scale must be positive");
    }
  }

  public boolean isFull() {
    return equals(FULL);
  }

  @Override
  public String toString() {
    return isFull()
        ? "full"
        : (kecamatan == Integer.MAX_VALUE ? "all" : kecamatan)
            + " kecamatan, "
            + (tpsPerDesa == Integer.MAX_VALUE ? "all" : "<= " + tpsPerDesa)
            + " TPS per desa";
  }
}
