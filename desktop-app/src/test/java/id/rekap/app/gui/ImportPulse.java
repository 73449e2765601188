package id.rekap.app.gui;

import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Role;
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

  /** The clerk who imports (the admin manages accounts only). */
  private static final String CLERK = "petugas";

  private static final String CLERK_PASSWORD = "kunci-impor-77";

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

    /** The FX thread's stacks sampled while the current pulse is late. */
    private final List<StackTraceElement[]> sampled =
        java.util.Collections.synchronizedList(new ArrayList<>());

    private List<StackTraceElement[]> worstStacks = List.of();
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
        synchronized (sampled) {
          worstStacks = List.copyOf(sampled);
        }
        worstPhase = phase;
      }
      sampled.clear();
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
      String temporary = "sementara-impor-5";
      ws.users().add(admin, CLERK, Role.OPERATOR, temporary.toCharArray());
      var clerk =
          ws.users().changePassword(CLERK, temporary.toCharArray(), CLERK_PASSWORD.toCharArray());
      ws.importRegions(clerk, List.of(data.resolve("wilayah-3201.json")));
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
    AtomicReference<GuiComposition> window = new AtomicReference<>();
    CountDownLatch shown = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          fx.set(Thread.currentThread());
          Stage s = new Stage();
          stage.set(s);
          window.set(new GuiComposition(session, jobs, s, "pulse"));
          window.get().start(Screen.IMPORT, CLERK, CLERK_PASSWORD);
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
                      pulses.sampled.add(t.getStackTrace());
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
    lines.add(
        "the FX thread during the worst stall ("
            + pulses.worstStacks.size()
            + " samples, 10 ms apart; the most frequent first):");
    lines.addAll(where(pulses.worstStacks));
    lines.add(
        String.format(
            Locale.ROOT,
            "load average %.2f, %d processors",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors()));
    CountDownLatch closed = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          window.get().close(); // its daemons (automatic backup, sync) stop before the store closes
          stage.get().close();
          closed.countDown();
        });
    closed.await(10, TimeUnit.SECONDS);
    jobs.shutdown();
    ws.close();
    Platform.exit();
    return lines;
  }

  /**
   * Where the samples of the worst stall were: the frames seen most often at the top of the stack,
   * and Rekap's own frames on those stacks (what our code was doing meanwhile).
   */
  private static List<String> where(List<StackTraceElement[]> stacks) {
    if (stacks.isEmpty()) {
      return List.of("  (no sample: the stall was shorter than " + LATE_NANOS / 1_000_000 + " ms)");
    }
    java.util.Map<String, Integer> top = new java.util.HashMap<>();
    java.util.Map<String, Integer> ours = new java.util.HashMap<>();
    for (StackTraceElement[] stack : stacks) {
      Arrays.stream(stack).limit(3).forEach(f -> top.merge(f.toString(), 1, Integer::sum));
      Arrays.stream(stack)
          .filter(f -> f.getClassName().startsWith("id.rekap."))
          .distinct()
          .forEach(f -> ours.merge(f.toString(), 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    frequent(top, 8).forEach(e -> out.add("  " + e.getValue() + "x at " + e.getKey()));
    if (!ours.isEmpty()) {
      out.add("  Rekap's frames on those stacks:");
      frequent(ours, 8).forEach(e -> out.add("  " + e.getValue() + "x at " + e.getKey()));
    }
    return out;
  }

  private static List<java.util.Map.Entry<String, Integer>> frequent(
      java.util.Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .toList();
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
