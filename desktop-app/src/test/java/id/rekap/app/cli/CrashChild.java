package id.rekap.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One {@code rekap} command in a child JVM ({@link CrashingCli}, no crash point) that the crash
 * harness may kill with SIGKILL at any moment. Its output is collected on a thread of its own, so
 * the test can wait for a line (the command started, the receiver listens).
 */
final class CrashChild {
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private CrashChild(Process process) {
    this.process = process;
    this.reader = Thread.ofPlatform().daemon().start(this::read);
  }

  static CrashChild start(Path home, Map<String, String> env, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Duser.home=" + home);
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashingCli.class.getName());
    command.add("-");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    for (String v : List.of("REKAP_HOME", "REKAP_PASSWORD", "REKAP_KEY_PASSPHRASE")) {
      pb.environment().remove(v);
    }
    pb.environment().putAll(env);
    return new CrashChild(pb.start());
  }

  private void read() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the child was killed mid-line: what was read is kept
    }
  }

  /** Waits for a line of output; false when the child ended or the time ran out first. */
  boolean await(Predicate<String> line, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (true) {
        if (lines.stream().anyMatch(line)) {
          return true;
        }
        long left = end - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          return lines.stream().anyMatch(line);
        }
        lines.wait(Math.max(1, Math.min(100, TimeUnit.NANOSECONDS.toMillis(left))));
      }
    }
  }

  boolean awaitGo() throws InterruptedException {
    return await(CrashingCli.GO::equals, Duration.ofMinutes(2));
  }

  /** SIGKILL, if it is still running; true when it was. */
  boolean kill() throws InterruptedException {
    boolean alive = process.isAlive();
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
    reader.join(10_000);
    return alive;
  }

  /** SIGTERM (the shutdown hooks run), for a receiver the test is done with. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(60, TimeUnit.SECONDS);
    }
    reader.join(10_000);
  }

  /** Waits for the child to end on its own; its exit status. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("child did not finish: " + output());
    }
    reader.join(10_000);
    return process.exitValue();
  }

  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }
}
