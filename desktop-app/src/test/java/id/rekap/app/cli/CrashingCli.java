package id.rekap.app.cli;

import id.rekap.core.common.CrashPoints;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a child JVM that dies at a named {@link CrashPoints} point: {@code
 * Runtime.halt} runs no finally block, no shutdown hook and closes nothing, as a power cut or a
 * {@code kill -9} would. Its exit status is then {@value #HALTED}.
 */
public final class CrashingCli {
  /** The exit status of a child that died at its point. */
  public static final int HALTED = 137;

  /** The line a child prints when its command starts. */
  public static final String GO = "rekap-child: go";

  /** What the child did: its exit status and its output. */
  public record Outcome(int status, String output) {}

  private CrashingCli() {}

  /** The child: {@code POINT ARGS...} (POINT "-" for none). */
  public static void main(String[] args) {
    String point = args[0];
    CrashPoints.install(
        name -> {
          if (name.equals(point)) {
            System.out.flush();
            Runtime.getRuntime().halt(HALTED);
          }
        });
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    RekapCli cli = RekapCli.standard();
    // the JVM is up: from here on the command itself runs (the crash harness times kills from this)
    System.out.println(GO);
    System.out.flush();
    System.exit(cli.run(rest));
  }

  /** Runs the command line in a child JVM that halts at {@code point}. */
  public static Outcome run(Path home, Map<String, String> env, String point, String... args)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Duser.home=" + home);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashingCli.class.getName());
    command.add(point);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("REKAP_HOME");
    pb.environment().remove("REKAP_PASSWORD");
    pb.environment().remove("REKAP_KEY_PASSPHRASE");
    pb.environment().putAll(env);
    Process child = pb.start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.append(line).append('\n');
      }
    }
    if (!child.waitFor(120, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new IllegalStateException("child did not finish: " + out);
    }
    return new Outcome(child.exitValue(), out.toString());
  }
}
