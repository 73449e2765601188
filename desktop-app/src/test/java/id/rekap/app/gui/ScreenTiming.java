package id.rekap.app.gui;

import id.rekap.app.gui.dashboard.DashboardViewModel;
import id.rekap.app.gui.entry.EntryViewModel;
import id.rekap.app.gui.findings.FindingsViewModel;
import id.rekap.app.gui.recap.ProjectorViewModel;
import id.rekap.app.gui.recap.RecapViewModel;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Benchmark support (issue 18, target 4), not a test: times the first content of the screens a
 * clerk opens most, headless, on a large workspace (the one {@code ./bench --keep} leaves in {@code
 * tally-core/target/bench/workspace}). Each screen's view model is made afresh and loaded as the
 * window loads it when the screen is shown; the jobs run on the calling thread, so a load's time is
 * the time until its content is there.
 *
 * <p>Two times per load: <b>first content</b>, when the first job hands its result to the screen
 * (the dashboard's counts, the first ballot's findings, the recap tree, the entry queue and form,
 * the projector's figures), and <b>complete</b>, when the last one has (with every finding). The
 * <b>cold</b> load opens the workspace afresh just before (nothing kept in memory: the first screen
 * after opening); the <b>warm</b> loads follow on the same workspace (the next screens, with the
 * check kept while the store has not changed). The figures go to standard output and to a file
 * (second argument; default {@code screen-timing.txt} beside the workspace, under {@code target/}).
 *
 * <p>Run: {@code ./mvnw -pl desktop-app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.rekap.app.gui.ScreenTiming -Dexec.args=WORKSPACE} (or with the test class
 * path and {@code java}).
 */
public final class ScreenTiming {
  /** The first administrator the benchmark's workspace is created with ({@code BenchRun}). */
  private static final String USER = "admin";

  private static final String PASSWORD = "gerbang-uji-91";
  private static final int WARM_RUNS = 3;

  private ScreenTiming() {}

  /** Jobs run at once on the caller's thread, noting when the first result reached the screen. */
  private static final class TimedJobs implements Jobs {
    private long start;
    private long first;

    void start() {
      start = System.nanoTime();
      first = 0;
    }

    double firstSeconds() {
      return (first - start) / 1e9;
    }

    @Override
    public <T> void run(
        String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
      T result;
      try {
        result =
            work.run(
                new Progress() {
                  @Override
                  public void update(long done, long total) {}

                  @Override
                  public boolean cancelled() {
                    return false;
                  }
                });
      } catch (Exception e) {
        throw new IllegalStateException("the screen's load failed: " + title, e);
      }
      if (first == 0) {
        first = System.nanoTime();
      }
      onDone.accept(result);
    }

    @Override
    public void later(Runnable update) {
      update.run();
    }
  }

  /** A screen's load: makes its view model on the session and starts loading it. */
  private interface Screen extends Function<Session, Runnable> {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    Path report =
        args.length > 1
            ? Path.of(args[1])
            : folder.toAbsolutePath().getParent().resolve("screen-timing.txt");
    Map<String, Screen> screens = new LinkedHashMap<>();
    screens.put("dashboard", s -> new DashboardViewModel(s, new RecordingNavigator())::refresh);
    screens.put("findings", s -> new FindingsViewModel(s, new RecordingNavigator())::refresh);
    screens.put("recap", s -> new RecapViewModel(s)::refresh);
    screens.put("entry list", s -> new EntryViewModel(s)::refresh);
    screens.put("projector", s -> new ProjectorViewModel(s, s.contests().getFirst())::load);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%-12s %12s %12s %12s %12s  %s",
            "screen",
            "cold first",
            "cold done",
            "warm first",
            "warm done",
            "warm runs (first/done)"));
    lines.add(opening(folder));
    for (var e : screens.entrySet()) {
      lines.add(time(folder, e.getKey(), e.getValue()));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "load average %.2f, %d processors",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors()));
    try {
      Files.write(report, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(String.join(System.lineSeparator(), lines));
    System.out.println("written to " + report);
  }

  /** The opening integrity check, as the window runs it after opening (for comparison). */
  private static String opening(Path folder) {
    try (Workspace ws = Workspace.open(folder, Clock.systemUTC())) {
      long t = System.nanoTime();
      ws.verifyAudit().opening();
      double s = (System.nanoTime() - t) / 1e9;
      return String.format(Locale.ROOT, "%-12s %11.2fs  (the opening integrity check)", "audit", s);
    }
  }

  private static String time(Path folder, String name, Screen screen) {
    TimedJobs jobs = new TimedJobs();
    try (Workspace ws = Workspace.open(folder, Clock.systemUTC())) {
      Session session = session(ws, jobs);
      double[] cold = load(jobs, screen.apply(session));
      List<double[]> warm = new ArrayList<>();
      for (int i = 0; i < WARM_RUNS; i++) {
        warm.add(load(jobs, screen.apply(session)));
      }
      List<Double> firsts = warm.stream().map(w -> w[0]).sorted().toList();
      List<Double> dones = warm.stream().map(w -> w[1]).sorted().toList();
      return String.format(
          Locale.ROOT,
          "%-12s %11.2fs %11.2fs %11.2fs %11.2fs  %s",
          name,
          cold[0],
          cold[1],
          firsts.get(firsts.size() / 2),
          dones.get(dones.size() / 2),
          warm.stream().map(w -> String.format(Locale.ROOT, "%.2f/%.2f", w[0], w[1])).toList());
    }
  }

  /** The session as the window has it after login (the view model is made outside the timing). */
  private static Session session(Workspace ws, Jobs jobs) {
    if (!ws.users().anyUser()) {
      ws.users().addFirstAdmin(USER, PASSWORD.toCharArray());
    }
    Session session = new Session(ws, jobs, Clock.systemUTC(), Locale.of("id", "ID"));
    session.user().set(ws.users().login(USER, PASSWORD.toCharArray()));
    return session;
  }

  private static double[] load(TimedJobs jobs, Runnable load) {
    jobs.start();
    long t = System.nanoTime();
    load.run();
    return new double[] {jobs.firstSeconds(), (System.nanoTime() - t) / 1e9};
  }
}
