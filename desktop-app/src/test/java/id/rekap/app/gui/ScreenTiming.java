package id.rekap.app.gui;

import id.rekap.app.gui.dashboard.DashboardViewModel;
import id.rekap.app.gui.entry.EntryViewModel;
import id.rekap.app.gui.findings.FindingsViewModel;
import id.rekap.app.gui.recap.ProjectorViewModel;
import id.rekap.app.gui.recap.RecapViewModel;
import id.rekap.core.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark support (issue 18, target 4), not a test: times the first content of the screens a
 * clerk opens most, headless, on a large workspace (the one {@code ./bench --keep} leaves in {@code
 * tally-core/target/bench/workspace}). Each screen's view model is made afresh and loaded as the
 * window loads it when the screen is shown; the jobs run on the calling thread, so a load's time is
 * the time until its content is there. Also times the opening integrity check.
 *
 * <p>Run: {@code ./mvnw -pl desktop-app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.rekap.app.gui.ScreenTiming -Dexec.args=WORKSPACE} (or with the test class
 * path and {@code java}).
 */
public final class ScreenTiming {
  private static final String USER = "bench-admin";
  private static final String PASSWORD = "bench-password-1";
  private static final int RUNS = 3;

  private ScreenTiming() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    try (Workspace ws = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
      if (!ws.users().anyUser()) {
        ws.users().addFirstAdmin(USER, PASSWORD.toCharArray());
      }
      Session session = new Session(ws, new DirectJobs(), Clock.systemUTC(), Locale.of("id", "ID"));
      session.user().set(ws.users().login(USER, PASSWORD.toCharArray()));
      Map<String, Supplier<Runnable>> screens = new LinkedHashMap<>();
      screens.put("integrity check at opening", () -> () -> ws.verifyAudit().opening());
      screens.put(
          "dashboard", () -> new DashboardViewModel(session, new RecordingNavigator())::refresh);
      screens.put(
          "findings", () -> new FindingsViewModel(session, new RecordingNavigator())::refresh);
      screens.put("recap", () -> new RecapViewModel(session)::refresh);
      screens.put("entry list", () -> new EntryViewModel(session)::refresh);
      screens.put(
          "projector", () -> new ProjectorViewModel(session, session.contests().getFirst())::load);
      out.printf(Locale.ROOT, "%-28s %8s %8s  %s%n", "screen", "first", "median", "runs");
      for (var e : screens.entrySet()) {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          Runnable load = e.getValue().get();
          long t = System.nanoTime();
          load.run();
          runs.add((System.nanoTime() - t) / 1e9);
        }
        List<Double> sorted = runs.stream().sorted().toList();
        out.printf(
            Locale.ROOT,
            "%-28s %7.2fs %7.2fs  %s%n",
            e.getKey(),
            runs.getFirst(),
            sorted.get(sorted.size() / 2),
            runs.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
      }
    }
  }
}
