package id.rekap.app.cli;

import id.rekap.core.common.Messages;
import id.rekap.signing.PasswordHasher;
import id.rekap.testsupport.FastPasswords;
import id.rekap.testsupport.TestClocks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Runs the command line in-process with captured output and a private home folder. */
final class CliRun {
  static final Clock CLOCK = TestClocks.at(ZoneId.of("Asia/Makassar"));
  // the accounts a test's commands make and log in hash at the tests' cost (ADR 0038)
  static final PasswordHasher FAST =
      new PasswordHasher(FastPasswords.MEMORY_KIB, FastPasswords.ITERATIONS);

  record Result(int status, String out, String err) {}

  private final Path home;
  private final Map<String, String> env = new HashMap<>();
  private Locale locale = Messages.INDONESIAN;
  private Clock clock = CLOCK;

  CliRun(Path home) {
    this.home = home;
  }

  CliRun english() {
    locale = Locale.ENGLISH;
    return this;
  }

  /** Another clock than the fixed one (the crash harness runs on the system's, as its children). */
  CliRun clock(Clock other) {
    clock = other;
    return this;
  }

  CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Result run(String... args) {
    args = onTestStore(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliIo io = new CliIo(new PrintWriter(out, true), new PrintWriter(err, true), locale);
    int status = new RekapCli(io, new Env(env, home, clock, FAST)).run(args);
    return new Result(status, out.toString(), err.toString());
  }

  /** A command running on a thread of its own ({@code serve}); its output readable meanwhile. */
  record Running(Thread thread, StringWriter out, StringWriter err, int[] status) {
    /** Stops the command (as {@code serve} takes an interruption) and waits for its exit status. */
    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(60_000);
      return status[0];
    }
  }

  /** Starts a long-running command (for {@code serve}); stop it with {@link Running#stop()}. */
  Running start(String... args) {
    String[] all = onTestStore(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliIo io = new CliIo(new PrintWriter(out, true), new PrintWriter(err, true), locale);
    int[] status = {-1};
    Env environment = new Env(new HashMap<>(env), home, clock, FAST);
    Thread t =
        Thread.ofPlatform()
            .name("cli-" + args[args.length - 1])
            .start(() -> status[0] = new RekapCli(io, environment).run(all));
    return new Running(t, out, err, status);
  }

  /**
   * In the PostgreSQL test run (ADR 0033) every {@code rekap init} that names no store gets a new
   * database of the test server, its account and password passed as a user passes them.
   */
  private String[] onTestStore(String[] args) {
    if (!id.rekap.core.support.TestStore.postgres()) {
      return args;
    }
    java.util.List<String> list = new java.util.ArrayList<>(java.util.Arrays.asList(args));
    int init = list.indexOf("init");
    if (init < 0 || (init > 0 && list.get(init - 1).equals("keys")) || list.contains("--store")) {
      return args;
    }
    var store = id.rekap.core.support.TestStore.fresh(null);
    env.put(
        id.rekap.core.store.StoreLocation.PASSWORD_ENV, id.rekap.core.support.TestStore.password());
    env.put(id.rekap.core.store.StoreLocation.USER_ENV, store.user());
    list.add("--store");
    list.add(store.url());
    return list.toArray(String[]::new);
  }
}
