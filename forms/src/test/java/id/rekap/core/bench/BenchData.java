package id.rekap.core.bench;

import java.nio.file.Path;

/**
 * A generated data set: the region file, the election definition and the folder of Sirekap files
 * ({@code results/<contest>/32/3201/<kec>/<desa>/<tps>.json}), with what the generator wrote.
 */
record BenchData(
    BenchScale scale,
    Path folder,
    Path regions,
    Path election,
    Path results,
    int kecamatan,
    int desa,
    int tps,
    int files,
    int notDigitised,
    long bytes) {

  int digitised() {
    return files - notDigitised;
  }
}
