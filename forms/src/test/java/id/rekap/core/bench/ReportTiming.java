package id.rekap.core.bench;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Dapil;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The forms target of the official-forms issue: the D.Hasil Kabupaten/Kota of the DPRD Provinsi
 * ballot (one dapil spanning all 40 kecamatan, 18 parties with up to 12 candidates each) produced
 * from the workspace, as a user runs `rekap report`: recap query, form, file written. Each format
 * is timed several times; the first run pays for class loading and font parsing.
 */
final class ReportTiming {
  static final int RUNS = 3;

  /** One format's runs. */
  record Format(String name, List<Double> seconds, long bytes) {
    double median() {
      List<Double> sorted = seconds.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }
  }

  /** The form that was timed: its kecamatan columns and rows, and each format's runs. */
  record Figures(String contest, String dapil, int kecamatan, int rows, List<Format> formats) {
    Format slowest() {
      return formats.stream().max(Comparator.comparingDouble(Format::median)).orElseThrow();
    }
  }

  private ReportTiming() {}

  static Figures run(Workspace ws, Path folder) {
    Contest contest = ws.recap().contest(ContestCode.PDPRDP);
    // the bench election has one DPRD Provinsi dapil covering the whole kabupaten
    Dapil dapil = contest.dapils().getFirst();
    ReportSettings settings =
        ws.reports().settings(contest.code(), null, List.of(), Clock.systemUTC(), "benchmark");
    List<Format> formats = new ArrayList<>();
    FormDocument last = null;
    for (String name : List.of("pdf-a4", "pdf-f4", "xlsx")) {
      List<Double> seconds = new ArrayList<>();
      long bytes = 0;
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        last = ws.reports().dHasil(contest.code(), null, dapil.code(), settings);
        Path written = write(last, name, folder);
        seconds.add((System.nanoTime() - start) / 1e9);
        bytes = size(written);
      }
      formats.add(new Format(name, seconds, bytes));
    }
    // the grid: number, label, L/P, one column per kecamatan, total
    var grid = last.grids().getFirst();
    return new Figures(
        contest.code().id(), dapil.code(), grid.children(), grid.table().rows().size(), formats);
  }

  private static Path write(FormDocument doc, String name, Path folder) {
    return switch (name) {
      case "pdf-a4" -> ReportFile.write(doc, ReportFile.Format.PDF, Paper.A4, folder);
      case "pdf-f4" ->
          ReportFile.write(doc, ReportFile.Format.PDF, Paper.F4, folder.resolve("f4.pdf"));
      default -> ReportFile.write(doc, ReportFile.Format.XLSX, Paper.A4, folder);
    };
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
