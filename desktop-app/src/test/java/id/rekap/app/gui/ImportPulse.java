package id.rekap.app.gui;

import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Benchmark support (issue 18, target 4), not a test: the pulse monitor. Opens the real window
 * headless (Monocle, software rendering, as the GUI tests run) on a fresh workspace made from the
 * benchmark's generated Kab. Bogor data ({@code ./bench --keep} leaves it in {@code
 * tally-core/target/bench/data}), shows the import screen, puts the whole results folder in its
 * list and presses its button, as a clerk would. An animation timer on the FX thread notes every
 * pulse; the longest gap between two pulses is the worst stall the clerk would have seen (a frozen
 * window). A watcher thread samples the FX thread's stack while a pulse is late, so the report says
 * where the worst stall was spent. Watched from the press of the button until the summary is shown
 * and two seconds after (the screens refreshed by the new data included).
 *
 * <p>Run: {@code ./mvnw -pl desktop-app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.rekap.app.gui.ImportPulse -Dexec.args=BENCH_FOLDER} where BENCH_FOLDER is
 * {@code tally-core/target/bench}; the figures also go to {@code BENCH_FOLDER/import-pulse.txt}.
 */
public final class ImportPulse {
  private static final String ADMIN = "admin";
  private static final String PASSWORD = "gerbang-uji-91";

  /** A pulse later than this is sampled for the report (a frame at 60 Hz is 17 ms). */
  private static final long LATE_NANOS = 40_000_000L;

  private static final long AFTER_NANOS = 2_000_000_000L;

  private ImportPulse() {}

  /** The pulses seen: the longest gap, where it was, and a count of the long ones. */
  private static final class Pulses {
    private volatile long last;
    private long worst;
    private long worstAt;
    private int pulses;
    private int over50;
    private int over100;
    private volatile StackTraceElement[] sampled;
    private StackTraceElement[] worstStack;
    private String worstPhase = "";
    private volatile String phase = "";

    /** On the FX thread, at each pulse. */
    void pulse(long now, long since) {
      long prev = last;
      last = now;
      if (prev == 0) {
        return;
      }
      pulses++;
      long gap = now - prev;
      if (gap > 50_000_000L) {
        over50++;
      }
      if (gap > 100_000_000L) {
        over100++;
      }
      if (gap > worst) {
        worst = gap;
        worstAt = prev - since;
        worstStack = sampled;
        worstPhase = phase;
      }
      sampled = null;
    }
  }

  public static void main(String[] args) throws Exception {
    headless();
    Path bench = Path.of(args[0]).toAbsolutePath();
    Path report = args.length > 1 ? Path.of(args[1]) : bench.resolve("import-pulse.txt");
    Path data = bench.resolve("data");
    Path folder = bench.resolve("pulse-workspace");
    deleteTree(folder);
    try (Workspace ws =
        CreateWorkspace.run(
            folder,
            new CreateWorkspace.Request(
                WorkspaceLevel.KABKOTA, "3201", data.resolve("election.json"), "Pulse monitor"),
            new CreateWorkspace.FirstAdmin(ADMIN, PASSWORD.toCharArray()),
            Clock.systemUTC())) {
      var admin = ws.users().login(ADMIN, PASSWORD.toCharArray());
      ws.importRegions(admin, List.of(data.resolve("wilayah-3201.json")));
    }
    List<String> lines = run(folder, data.resolve("results"));
    Files.write(report, lines);
    System.out.println(String.join(System.lineSeparator(), lines));
    System.out.println("written to " + report);
    System.exit(0);
  }

  private static List<String> run(Path folder, Path results) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    Workspace ws = Workspace.open(folder, Clock.systemUTC());
    FxJobs jobs = new FxJobs();
    Session session = new Session(ws, jobs, Clock.systemUTC(), Locale.of("id", "ID"));
    Pulses pulses = new Pulses();
    AtomicReference<Thread> fx = new AtomicReference<>();
    AtomicReference<Stage> stage = new AtomicReference<>();
    CountDownLatch shown = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          fx.set(Thread.currentThread());
          Stage s = new Stage();
          stage.set(s);
          new GuiComposition(session, jobs, s, "pulse").start(Screen.IMPORT, ADMIN, PASSWORD);
          shown.countDown();
        });
    shown.await();
    Thread.sleep(3000); // the opening integrity check and the first layout settle
    long[] since = {0};
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<String> summary = new AtomicReference<>("");
    Platform.runLater(
        () -> {
          var scene = stage.get().getScene();
          @SuppressWarnings("unchecked")
          ListView<Path> paths = (ListView<Path>) scene.lookup("#import-paths");
          paths.getItems().add(results);
          Labeled said = (Labeled) scene.lookup("#import-summary");
          Button run = (Button) scene.lookup("#import-run");
          new AnimationTimer() {
            private long finished;

            @Override
            public void handle(long now) {
              long t = System.nanoTime();
              pulses.pulse(t, since[0]);
              pulses.phase = run.isDisabled() ? "importing" : "after the import";
              if (!run.isDisabled() && finished == 0) {
                finished = t;
                summary.set(said.getText());
              }
              if (finished != 0 && t - finished > AFTER_NANOS) {
                stop();
                done.countDown();
              }
            }
          }.start();
          since[0] = System.nanoTime();
          pulses.phase = "pressing the button";
          run.fire();
        });
    Thread watcher =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (done.getCount() > 0) {
                    long last = pulses.last;
                    Thread t = fx.get();
                    if (last != 0 && System.nanoTime() - last > LATE_NANOS && t != null) {
                      pulses.sampled = t.getStackTrace();
                    }
                    try {
                      Thread.sleep(10);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
    if (!done.await(60, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the import did not finish within an hour");
    }
    watcher.interrupt();
    double total = (pulses.last - since[0]) / 1e9;
    List<String> lines = new ArrayList<>();
    lines.add("import from the GUI's import screen: " + summary.get());
    lines.add(
        String.format(
            Locale.ROOT,
            "watched %.1f s, %d pulses; worst gap between pulses %.0f ms (at %.1f s, %s);"
                + " gaps > 50 ms: %d, > 100 ms: %d",
            total,
            pulses.pulses,
            pulses.worst / 1e6,
            pulses.worstAt / 1e9,
            pulses.worstPhase,
            pulses.over50,
            pulses.over100));
    lines.add("the FX thread during the worst stall (sampled):");
    lines.addAll(where(pulses.worstStack));
    lines.add(
        String.format(
            Locale.ROOT,
            "load average %.2f, %d processors",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors()));
    Platform.runLater(() -> stage.get().close());
    jobs.shutdown();
    ws.close();
    return lines;
  }

  /** The stack's frames of Rekap's code first (where the time went), then the top of the rest. */
  private static List<String> where(StackTraceElement[] stack) {
    if (stack == null) {
      return List.of("  (not sampled: no pulse was later than " + LATE_NANOS / 1_000_000 + " ms)");
    }
    List<String> ours =
        Arrays.stream(stack)
            .filter(f -> f.getClassName().startsWith("id.rekap."))
            .limit(8)
            .map(f -> "  at " + f)
            .toList();
    List<String> top = Arrays.stream(stack).limit(6).map(f -> "  at " + f).toList();
    List<String> out = new ArrayList<>(top);
    if (!ours.isEmpty()) {
      out.add("  … Rekap's frames:");
      out.addAll(ours);
    }
    return out;
  }

  /** The toolkit without a display, as the GUI tests run it (see desktop-app's pom). */
  private static void headless() {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("headless.geometry", "1440x900-32");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("java.awt.headless", "true");
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
