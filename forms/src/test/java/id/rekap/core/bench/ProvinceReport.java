package id.rekap.core.bench;

import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The province benchmark's figures as text and as the section of {@code docs/benchmarks.md} for its
 * store (one section per store, so an H2 run keeps the PostgreSQL figures and the other way round),
 * with the issue-20 targets.
 */
final class ProvinceReport {
  static final double IMPORT_SECONDS = 300;
  static final double RECAP_SECONDS = 5;
  static final long HEAP_BYTES = 2L << 30;
  static final double FORM_SECONDS = 10;

  /** Jawa Barat's TPS in the fixture: a run with fewer is a cut. */
  static final int FULL_TPS = 140_457;

  private ProvinceReport() {}

  record Target(String asks, String measured, boolean met) {}

  static String begin(String store) {
    return "<!-- province-bench:"
        + store.toLowerCase(Locale.ROOT)
        + ":begin (written by ./bench"
        + " --province; edit outside) -->";
  }

  static String end(String store) {
    return "<!-- province-bench:" + store.toLowerCase(Locale.ROOT) + ":end -->";
  }

  static List<Target> targets(ProvinceFigures f) {
    List<Target> t = new ArrayList<>();
    var slow = f.slowestPackage();
    t.add(
        new Target(
            "All "
                + f.packages().size()
                + " packages imported and verified <= 5 min ("
                + f.store()
                + ")",
            seconds(f.imports().seconds())
                + "; slowest package "
                + slow.kabkota()
                + " "
                + seconds(slow.seconds()),
            f.imports().seconds() <= IMPORT_SECONDS));
    var recap = f.slowestRecap();
    t.add(
        new Target(
            "Every recap of the province <= 5 s (each contest at every level, "
                + f.recaps().size()
                + " calls)",
            "slowest "
                + recap.contest().id()
                + "/"
                + recap.level().id()
                + " "
                + seconds(recap.seconds()),
            recap.seconds() <= RECAP_SECONDS));
    t.add(
        new Target(
            "Heap <= 2 GB",
            "ran in a "
                + mb(f.heapLimit())
                + " heap; max after a GC "
                + mb(f.maxHeapLive())
                + ", max in use (garbage included) "
                + mb(f.maxHeapUsed())
                + "; peak resident memory "
                + mb(f.peakResident()),
            f.heapLimit() <= HEAP_BYTES && f.maxHeapUsed() <= HEAP_BYTES));
    if (!f.forms().isEmpty()) {
      var form = f.slowestForm();
      t.add(
          new Target(
              "D.Hasil Provinsi (PDF and XLSX) <= 10 s each",
              "slowest "
                  + form.contest()
                  + (form.dapil() == null ? "" : " " + form.dapil())
                  + " "
                  + form.format()
                  + " "
                  + seconds(form.seconds())
                  + " ("
                  + form.columns()
                  + " kab/kota columns); all "
                  + f.forms().size()
                  + " forms "
                  + seconds(f.reports().seconds()),
              form.seconds() <= FORM_SECONDS));
    }
    return t;
  }

  private static List<String[]> phases(ProvinceFigures f) {
    List<String[]> rows = new ArrayList<>();
    if (f.built().seconds() > 0) {
      rows.add(
          new String[] {
            f.built().viaPpk()
                ? "Build the packages from PPK data (not a target; cached)"
                : "Build the packages, --direct (not a target; cached)",
            seconds(f.built().seconds()),
            "",
            (f.built().viaPpk() ? f.built().kecamatan() + " PPK workspaces, " : "")
                + f.packages().size()
                + " kab/kota workspaces"
          });
    }
    rows.add(row("Import the province's region list", f.regions(), ""));
    rows.add(
        row("Trust the kab/kota certificates", f.trust(), f.packages().size() + " certificates"));
    rows.add(
        row(
            "Import and verify every kab/kota package",
            f.imports(),
            String.format(
                Locale.ROOT,
                "%d packages, %s, %,d TPS result rows; %,.0f rows/s",
                f.packages().size(),
                mb(f.packageBytes()),
                f.rows(),
                f.rows() / f.imports().seconds())));
    rows.add(row("Recap, every contest x level", f.recapAll(), f.recaps().size() + " calls"));
    rows.add(
        row(
            "D.Hasil Provinsi, every contest and dapil, PDF and XLSX",
            f.reports(),
            f.forms().size() + " files"));
    rows.add(row("Check (all rules, every level)", f.check(), f.findings() + " findings"));
    rows.add(row("audit verify (full replay)", f.verify(), f.auditEvents() + " events"));
    rows.add(row("Integrity check at opening", f.opening(), ""));
    return rows;
  }

  private static String[] row(String name, BenchFigures.Phase p, String note) {
    return new String[] {name, seconds(p.seconds()), mb(p.heap().live()), note};
  }

  static String text(ProvinceFigures f) {
    StringBuilder b = new StringBuilder();
    for (String[] r : phases(f)) {
      b.append(String.format(Locale.ROOT, "%-60s %10s %10s  %s%n", r[0], r[1], r[2], r[3]));
    }
    for (Target t : targets(f)) {
      b.append(t.met() ? "  met   " : "  MISSED ")
          .append(t.asks())
          .append(": ")
          .append(t.measured())
          .append('\n');
    }
    return b.toString();
  }

  static String markdown(ProvinceFigures f, BenchEnvironment env, String command) {
    StringBuilder b = new StringBuilder();
    b.append("### Latest run on ").append(f.store()).append("\n\n");
    b.append("- **Date:** ").append(env.date()).append('\n');
    b.append("- **Machine:** ")
        .append(env.cpu())
        .append(", ")
        .append(env.cores())
        .append(" cores, ")
        .append(env.memory() >> 30)
        .append(" GB RAM, ")
        .append(env.os())
        .append('\n');
    b.append("- **JVM:** ")
        .append(env.jvm())
        .append("; arguments `")
        .append(env.args())
        .append("`\n");
    b.append("- **Command:** `").append(command).append("`\n");
    b.append("- **Load at the end of the run:** ")
        .append(BenchReport.loadAverage())
        .append(" (the machine is shared: other builds ran meanwhile)\n");
    b.append(
        String.format(
            Locale.ROOT,
            "- **Data:** Jawa Barat (32): %d kab/kota, %,d kecamatan, %,d desa, %,d TPS; 5 ballots;"
                + " %d kab/kota packages (%s) %s%n",
            f.built().kabkota().size(),
            f.built().kecamatan(),
            f.built().desa(),
            f.built().tps(),
            f.packages().size(),
            mb(f.packageBytes()),
            f.built().viaPpk()
                ? String.format(Locale.ROOT, "built from %,d PPK packages", f.built().kecamatan())
                : "built with --direct (each kab/kota imported its Sirekap files; no adoptions)"));
    if (f.built().tps() != FULL_TPS) {
      b.append("- **Scale:** a cut of the province; the targets are for all of it\n");
    }
    b.append("\n| Phase | Time | Heap after GC (max) | Notes |\n|---|---:|---:|---|\n");
    for (String[] r : phases(f)) {
      b.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    b.append(
        "\nRecap per contest and level (one call of `Workspace.recap().run`, as `rekap recap`):\n\n");
    b.append("| Contest |");
    for (RecapLevel l : RecapLevel.values()) {
      b.append(' ').append(l.id()).append(" |");
    }
    b.append("\n|---|").append("---:|".repeat(RecapLevel.values().length)).append('\n');
    Map<ContestCode, Map<RecapLevel, String>> grid = new TreeMap<>();
    for (var r : f.recaps()) {
      grid.computeIfAbsent(r.contest(), c -> new LinkedHashMap<>())
          .put(r.level(), seconds(r.seconds()));
    }
    grid.forEach(
        (c, times) ->
            b.append("| ")
                .append(c.id())
                .append(" | ")
                .append(String.join(" | ", times.values()))
                .append(" |\n"));
    b.append("\n| Target | Measured | Met |\n|---|---|---|\n");
    for (Target t : targets(f)) {
      b.append("| ")
          .append(t.asks())
          .append(" | ")
          .append(t.measured())
          .append(" | ")
          .append(t.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return b.toString();
  }

  /** Replaces this store's section in the document, or appends it. */
  static void splice(Path doc, String store, String section) {
    String begin = begin(store);
    String end = end(store);
    try {
      String old = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
      String block = begin + "\n" + section + end;
      int from = old.indexOf(begin);
      int to = old.indexOf(end);
      String updated =
          from >= 0 && to > from
              ? old.substring(0, from) + block + old.substring(to + end.length())
              : (old.isEmpty() ? "# Benchmarks\n\n" : old + "\n") + block + "\n";
      Files.writeString(doc, updated, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.2f s", s);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
  }
}
