package id.rekap.core.bench;

import java.util.Comparator;
import java.util.List;

/** What one run of the province benchmark measured. */
record ProvinceFigures(
    ProvincePackages.Built built,
    String store,
    BenchFigures.Phase regions,
    BenchFigures.Phase trust,
    BenchFigures.Phase imports,
    List<ProvinceRun.PackageTiming> packages,
    BenchFigures.Phase recapAll,
    List<BenchFigures.RecapTiming> recaps,
    BenchFigures.Phase reports,
    List<ProvinceRun.FormTiming> forms,
    BenchFigures.Phase check,
    int findings,
    BenchFigures.Phase verify,
    long auditEvents,
    BenchFigures.Phase opening,
    long maxHeapUsed,
    long maxHeapLive,
    long heapLimit,
    long peakResident) {

  int rows() {
    return packages.stream().mapToInt(ProvinceRun.PackageTiming::rows).sum();
  }

  long packageBytes() {
    return packages.stream().mapToLong(ProvinceRun.PackageTiming::bytes).sum();
  }

  ProvinceRun.PackageTiming slowestPackage() {
    return packages.stream()
        .max(Comparator.comparingDouble(ProvinceRun.PackageTiming::seconds))
        .orElseThrow();
  }

  BenchFigures.RecapTiming slowestRecap() {
    return recaps.stream()
        .max(Comparator.comparingDouble(BenchFigures.RecapTiming::seconds))
        .orElseThrow();
  }

  /** The slowest recap at the levels the province reads: kab/kota and kecamatan. */
  BenchFigures.RecapTiming slowestProvinceRecap() {
    return recaps.stream()
        .filter(
            r ->
                r.level() == id.rekap.core.recap.RecapLevel.KABKOTA
                    || r.level() == id.rekap.core.recap.RecapLevel.KECAMATAN)
        .max(Comparator.comparingDouble(BenchFigures.RecapTiming::seconds))
        .orElseThrow();
  }

  ProvinceRun.FormTiming slowestForm() {
    return forms.stream()
        .max(Comparator.comparingDouble(ProvinceRun.FormTiming::seconds))
        .orElseThrow();
  }
}
