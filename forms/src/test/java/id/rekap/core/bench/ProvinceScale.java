package id.rekap.core.bench;

/**
 * How much of Jawa Barat the province benchmark builds: the first {@code kabkota} kab/kota by code,
 * in each its first {@code kecamatanPerKabkota} kecamatan, in each desa at most {@code tpsPerDesa}
 * TPS. The full scale keeps the real structure; smaller ones run the same code quickly.
 */
record ProvinceScale(int kabkota, int kecamatanPerKabkota, int tpsPerDesa) {
  static final ProvinceScale FULL =
      new ProvinceScale(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

  ProvinceScale {
    if (kabkota < 1 || kecamatanPerKabkota < 1 || tpsPerDesa < 1) {
      throw new IllegalArgumentException("scale must be positive");
    }
  }

  boolean isFull() {
    return equals(FULL);
  }

  /** A folder name for the cache of packages built at this scale. */
  String key() {
    return isFull()
        ? "full"
        : part(kabkota) + "kab-" + part(kecamatanPerKabkota) + "kec-" + part(tpsPerDesa) + "tps";
  }

  private static String part(int n) {
    return n == Integer.MAX_VALUE ? "all" : Integer.toString(n);
  }

  @Override
  public String toString() {
    return isFull()
        ? "full"
        : part(kabkota)
            + " kab/kota, "
            + part(kecamatanPerKabkota)
            + " kecamatan each, "
            + (tpsPerDesa == Integer.MAX_VALUE ? "all" : "<= " + tpsPerDesa)
            + " TPS per desa";
  }
}
