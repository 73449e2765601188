package id.rekap.core.bench;

import id.rekap.core.election.Contest;
import id.rekap.core.election.Dapil;
import id.rekap.core.exchange.ImportPackage;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.TestStore;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The timed part of the province benchmark: a fresh KPU Provinsi workspace (H2, or PostgreSQL on
 * the test server) imports the province's region list, trusts the kab/kota certificates and imports
 * and verifies every kab/kota package; then the recap of every contest at every level, the D.Hasil
 * Provinsi of every contest that has one (every dapil, PDF and XLSX), the check (all rules) and the
 * audit verification. The run fails loudly when a package is refused, declares totals the province
 * does not recompute (R22), or a kab/kota's TPS are missing from the recap.
 */
final class ProvinceRun {
  private static final User CLERK = new User("bench", Role.CHAIR);

  /** One package imported. */
  record PackageTiming(String kabkota, int rows, long bytes, double seconds) {}

  /** One D.Hasil Provinsi written. */
  record FormTiming(String contest, String dapil, String format, int columns, double seconds) {}

  private final HeapWatch heap;

  private ProvinceRun(HeapWatch heap) {
    this.heap = heap;
  }

  static ProvinceFigures run(
      Path folder, ProvincePackages.Built built, boolean postgres, PrintStream log) {
    try (HeapWatch heap = new HeapWatch()) {
      return new ProvinceRun(heap).execute(folder, built, postgres, log);
    }
  }

  private ProvinceFigures execute(
      Path folder, ProvincePackages.Built built, boolean postgres, PrintStream log) {
    Path wsFolder = folder.resolve("province-workspace");
    BenchDataGenerator.deleteTree(wsFolder);
    CreateWorkspace.Request request =
        new CreateWorkspace.Request(WorkspaceLevel.PROVINSI, "32", built.election(), "Benchmark");
    if (postgres) {
      request = request.onServer(TestStore.fresh(null), TestStore.password());
    }
    List<BenchFigures.Phase> phases = new ArrayList<>();
    try (Workspace ws =
        CreateWorkspace.run(
            wsFolder,
            request,
            new CreateWorkspace.FirstAdmin("admin", "gerbang-uji-91".toCharArray()),
            Clock.systemUTC())) {
      var regions = timed(() -> ws.importRegions(CLERK, List.of(built.regions())), phases);
      var trust =
          timed(
              () -> {
                for (String kab : built.kabkota()) {
                  ws.trust().add(CLERK, built.certificate(kab), "KPU " + kab);
                }
                return built.kabkota().size();
              },
              phases);
      List<PackageTiming> packages = new ArrayList<>();
      var imported = timed(() -> importAll(ws, built, packages, log), phases);
      var recaps = new ArrayList<BenchFigures.RecapTiming>();
      var recapAll = timed(() -> recapEverything(ws, built, recaps), phases);
      List<FormTiming> forms = new ArrayList<>();
      var reports = timed(() -> forms(ws, folder.resolve("reports"), forms), phases);
      var check = timed(() -> ws.check().run(), phases);
      var verify = timed(() -> ws.verifyAudit().run(), phases);
      require(verify.value().ok(), "audit verify fails after the imports");
      var opening = timed(() -> ws.verifyAudit().opening(), phases);
      require(opening.value().ok(), "opening check fails after the imports");
      long maxUsed = phases.stream().mapToLong(p -> p.heap().used()).max().orElse(0);
      long maxLive = phases.stream().mapToLong(p -> p.heap().live()).max().orElse(0);
      return new ProvinceFigures(
          built,
          postgres ? "PostgreSQL" : "H2",
          regions.phase(),
          trust.phase(),
          imported.phase(),
          packages,
          recapAll.phase(),
          recaps,
          reports.phase(),
          forms,
          check.phase(),
          check.value().findings().size(),
          verify.phase(),
          verify.value().events(),
          opening.phase(),
          maxUsed,
          maxLive,
          HeapWatch.maxHeap(),
          BenchRun.peakResident());
    }
  }

  private static int importAll(
      Workspace ws, ProvincePackages.Built built, List<PackageTiming> out, PrintStream log) {
    for (String kab : built.kabkota()) {
      Path pkg = built.pkg(kab);
      long t = System.nanoTime();
      ImportPackage.Outcome o = ws.importPackage().run(CLERK, pkg);
      double s = (System.nanoTime() - t) / 1e9;
      require(o.status() == ImportPackage.Status.IMPORTED, kab + ": " + o.status());
      require(o.discrepancies().isEmpty(), kab + ": R22 differences " + o.discrepancies());
      out.add(new PackageTiming(kab, o.rows(), size(pkg), s));
      log.printf(java.util.Locale.ROOT, "  imported %s: %,d rows in %.2f s%n", kab, o.rows(), s);
    }
    return out.size();
  }

  private static int recapEverything(
      Workspace ws, ProvincePackages.Built built, List<BenchFigures.RecapTiming> out) {
    for (Contest contest : ws.election().contests()) {
      for (RecapLevel level : RecapLevel.values()) {
        long t = System.nanoTime();
        List<RecapRow> rows = ws.recap().run(contest.code(), level);
        out.add(
            new BenchFigures.RecapTiming(
                contest.code(), level, rows.size(), (System.nanoTime() - t) / 1e9));
        if (level == RecapLevel.KABKOTA) {
          int received = rows.stream().mapToInt(RecapRow::received).sum();
          require(rows.size() == built.kabkota().size(), contest.code() + ": kab/kota rows");
          require(received == built.tps(), contest.code() + ": received " + received);
        }
      }
    }
    return out.size();
  }

  /** Every D.Hasil Provinsi (every contest with one, every dapil) as PDF A4 and XLSX. */
  private static int forms(Workspace ws, Path folder, List<FormTiming> out) {
    BenchDataGenerator.deleteTree(folder);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Contest contest : ws.election().contests()) {
      if (id.rekap.core.report.Reports.endsAtKabKota(contest.code())) {
        continue;
      }
      ReportSettings settings =
          ws.reports().settings(contest.code(), null, List.of(), Clock.systemUTC(), "benchmark");
      List<String> dapils =
          contest.dapils().isEmpty()
              ? java.util.Collections.singletonList(null)
              : contest.dapils().stream().map(Dapil::code).toList();
      for (String dapil : dapils) {
        for (ReportFile.Format format : List.of(ReportFile.Format.PDF, ReportFile.Format.XLSX)) {
          long t = System.nanoTime();
          FormDocument doc = ws.reports().dHasil(contest.code(), null, dapil, settings);
          ReportFile.write(doc, format, Paper.A4, folder);
          out.add(
              new FormTiming(
                  contest.code().id(),
                  dapil,
                  format.extension(),
                  doc.grids().getFirst().children(),
                  (System.nanoTime() - t) / 1e9));
        }
      }
    }
    return out.size();
  }

  private record Timed<T>(T value, BenchFigures.Phase phase) {}

  private <T> Timed<T> timed(Supplier<T> work, List<BenchFigures.Phase> all) {
    heap.collectAndReset();
    long t = System.nanoTime();
    T value = work.get();
    double s = (System.nanoTime() - t) / 1e9;
    var phase = new BenchFigures.Phase(s, heap.peak());
    all.add(phase);
    return new Timed<>(value, phase);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("province benchmark sanity check failed: " + what);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
