package id.rekap.core.bench;

import id.rekap.core.election.ContestCode;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.intake.ParseOnlyPass;
import id.rekap.core.recap.RecapLevel;
import java.util.List;

/** Everything one benchmark run measured; times in seconds, sizes in bytes. */
record BenchFigures(
    BenchData data,
    double generate,
    Phase parseWarmUp,
    List<Phase> parses,
    ParseOnlyPass.Counts parsed,
    Phase regions,
    Phase importAll,
    ImportSummary imported,
    Phase reimport,
    ImportSummary reimported,
    List<RecapTiming> recaps,
    Phase recapAll,
    Phase checkLoad,
    Phase checkRules,
    List<Phase> checks,
    int findings,
    double[] updateMillis,
    ReportTiming.Figures report,
    Phase auditVerify,
    Phase fullVerify,
    long auditEvents,
    long databaseBytes,
    long maxHeap,
    List<Phase> floors,
    long peakResidentBytes) {

  /** One timed phase and the heap it used. */
  record Phase(double seconds, HeapWatch.Peak heap) {}

  /** One call of the recap use case. */
  record RecapTiming(ContestCode contest, RecapLevel level, int rows, double seconds) {}

  /** The streaming parse floor (issue 18): its fastest pass. */
  Phase floor() {
    return floors.stream().min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
  }

  /** The import against the floor. */
  double importToFloor() {
    return importAll.seconds() / floor().seconds();
  }

  /** The opening integrity check against the parse-only pass of the same run. */
  double integrityToParse() {
    return auditVerify.seconds() / parse().seconds();
  }

  /** The opening check against the full replay of {@code audit verify} of the same run. */
  double openingToFull() {
    return auditVerify.seconds() / fullVerify.seconds();
  }

  /** The baseline: the fastest parse-only pass. */
  Phase parse() {
    return parses.stream().min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
  }

  double importOverParse() {
    return importAll.seconds() / parse().seconds();
  }

  /** The median of the whole-workspace check runs (the first runs on a colder JIT). */
  Phase checkAll() {
    List<Phase> sorted =
        checks.stream().sorted((a, b) -> Double.compare(a.seconds(), b.seconds())).toList();
    return sorted.get(sorted.size() / 2);
  }

  /** The slowest single-TPS update of the live checks, in ms. */
  double slowestUpdate() {
    return updateMillis[updateMillis.length - 1];
  }

  /**
   * The 99th percentile of the single-TPS updates, in ms: what a clerk meets, short of a GC pause.
   */
  double p99Update() {
    return updateMillis[(int) Math.ceil(updateMillis.length * 0.99) - 1];
  }

  double medianUpdate() {
    return updateMillis[updateMillis.length / 2];
  }

  RecapTiming slowestRecap() {
    return recaps.stream().max((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
  }

  /** The most live heap after a collection in any phase: what the work needed at its peak. */
  long peakLiveHeap() {
    return List.of(parse(), regions, importAll, reimport, recapAll, checkAll(), auditVerify)
        .stream()
        .mapToLong(p -> p.heap().live())
        .max()
        .orElse(0);
  }

  long peakUsedHeap() {
    return List.of(parse(), regions, importAll, reimport, recapAll, checkAll(), auditVerify)
        .stream()
        .mapToLong(p -> p.heap().used())
        .max()
        .orElse(0);
  }
}
