package id.rekap.app.cli;

import id.rekap.core.demo.DemoData;
import id.rekap.core.support.Workspaces;
import id.rekap.signing.SigningKey;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Issue 13, acceptance 4: the crash harness. Each run copies a prepared workspace, starts one
 * {@code rekap} command in a child JVM (import, keying, correction, adoption, signed report,
 * package export, backup, sync send, sync receive), kills it with SIGKILL at a random moment of its
 * work, then checks: the workspace opens and its audit chain verifies; each use case is all or
 * nothing (its rows exactly match its audit events; an import's rows are all rows of a clean
 * import); no file under a final name is partial (reports, packages and backups all verify); the
 * outbox agrees with the packages recorded; and the command run again completes. The kill moments
 * are drawn uniformly over how long the command takes when not killed (measured first, from the
 * moment the child's JVM is up).
 */
final class CrashHarness {
  static final String PASSWORD = DemoData.PASSWORD;
  static final String PASSPHRASE = "frasa-sandi-harness";

  final Path root;
  final Path home;
  final Path data;
  final int port;
  X509Certificate kabCert;
  Set<String> referenceImport;
  private final List<CrashOps.Op> ops = new ArrayList<>();

  /** What one run found. */
  record Run(
      String op,
      int index,
      long delayMillis,
      boolean killed,
      String outcome,
      List<String> problems,
      Path dir) {}

  private CrashHarness(Path root) throws IOException {
    this.root = root;
    this.home = Files.createDirectories(root.resolve("home"));
    this.data = root.resolve("data");
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  /** The templates every run copies: a kab/kota, a PPK with packages queued, an empty workspace. */
  static CrashHarness prepare(Path root) throws Exception {
    CrashHarness h = new CrashHarness(root);
    DemoData.extract(h.data);
    Path kab = root.resolve("t-kab");
    Path ppk = root.resolve("t-ppk");
    Path fresh = root.resolve("t-fresh");
    h.ok(kab, PASSWORD, "demo", "--no-gui");
    h.ok(kab, PASSWORD, "keys", "init");
    h.ok(kab, PASSWORD, "keys", "export", "--out", root.resolve("kab.pem").toString());
    h.ok(
        ppk,
        PASSWORD,
        "init",
        "--level",
        "kecamatan",
        "--region",
        "31.01.01",
        "--election",
        h.data.resolve(DemoData.ELECTION).toString(),
        "--admin",
        "admin");
    h.ok(ppk, PASSWORD, "regions", "import", h.data.resolve(DemoData.REGIONS).toString());
    h.ok(ppk, PASSWORD, "import", h.data.resolve(DemoData.RESULTS).toString());
    h.ok(ppk, PASSWORD, "--user", "admin", "users", "add", "ketua", "--role", "chair");
    h.ok(ppk, PASSWORD, "keys", "init");
    h.ok(ppk, PASSWORD, "keys", "export", "--out", root.resolve("ppk.pem").toString());
    h.ok(
        ppk,
        PASSWORD,
        "--user",
        "ketua",
        "upstream",
        "set",
        "--url",
        "https://127.0.0.1:" + h.port,
        "--cert",
        root.resolve("kab.pem").toString());
    for (int i = 1; i <= 3; i++) {
      h.ok(
          ppk,
          PASSWORD,
          "package",
          "export",
          "--out",
          root.resolve("p" + i + ".rekap").toString(),
          "--reason",
          "paket ke-" + i);
    }
    h.ok(kab, PASSWORD, "--user", "ketua", "trust", "add", root.resolve("ppk.pem").toString());
    h.ok(
        fresh,
        PASSWORD,
        "init",
        "--level",
        "kabkota",
        "--region",
        "31.01",
        "--election",
        h.data.resolve(DemoData.ELECTION).toString());
    h.ok(fresh, PASSWORD, "regions", "import", h.data.resolve(DemoData.REGIONS).toString());
    Path ref = root.resolve("reference");
    h.copy("t-fresh", ref);
    h.ok(ref, PASSWORD, "import", h.data.resolve(DemoData.RESULTS).toString());
    try (StoreFacts f = new StoreFacts(ref, new ArrayList<>())) {
      h.referenceImport = f.results("sirekap");
    }
    h.kabCert =
        SigningKey.load(kab.resolve("keys/signing.p12"), PASSPHRASE.toCharArray()).certificate();
    h.ops.addAll(CrashOps.all(h));
    return h;
  }

  List<CrashOps.Op> ops() {
    return ops;
  }

  /** Runs the command line in this JVM on the system clock; its result. */
  CliRun.Result cli(Path ws, String password, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = ws.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new CliRun(home)
        .clock(Clock.systemDefaultZone())
        .env("REKAP_PASSWORD", password)
        .env("REKAP_NEW_PASSWORD", PASSWORD)
        .env("REKAP_KEY_PASSPHRASE", PASSPHRASE)
        .run(all);
  }

  void ok(Path ws, String password, String... args) {
    CliRun.Result r = cli(ws, password, args);
    if (r.status() != 0) {
      throw new IllegalStateException(String.join(" ", args) + ": " + r.out() + r.err());
    }
  }

  /** A child running {@code rekap --workspace WS ARGS}. */
  CrashChild child(Path ws, String... args) throws IOException {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = ws.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CrashChild.start(
        home,
        Map.of(
            "REKAP_PASSWORD", PASSWORD, "REKAP_KEY_PASSPHRASE", PASSPHRASE, "LANG", "id_ID.UTF-8"),
        all);
  }

  /** A copy of a template's store and key (not its backups) as a new workspace. */
  Path copy(String template, Path target) throws IOException {
    Path from = root.resolve(template);
    Files.createDirectories(target);
    Files.copy(from.resolve("rekap.mv.db"), target.resolve("rekap.mv.db"));
    // the store cannot be opened without its password file
    Files.copy(from.resolve("database.key"), target.resolve("database.key"));
    if (Files.exists(from.resolve("keys/signing.p12"))) {
      Files.createDirectories(target.resolve("keys"));
      Files.copy(from.resolve("keys/signing.p12"), target.resolve("keys/signing.p12"));
    }
    return target;
  }

  /**
   * Runs every operation {@code perOp} times (after one run without a kill, which measures how long
   * the command takes and proves the checks pass on a clean run).
   */
  List<Run> run(int perOp, long seed, Set<String> only) throws Exception {
    Random random = new Random(seed);
    List<Run> runs = new ArrayList<>();
    Path dirs = Files.createDirectories(root.resolve("runs"));
    for (CrashOps.Op op : ops) {
      if (!only.isEmpty() && !only.contains(op.name())) {
        continue;
      }
      Path calibration = dirs.resolve(op.name() + "-calibration");
      List<String> problems = new ArrayList<>();
      Duration took = op.calibrate(calibration, problems);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(op.name() + " fails without a kill: " + problems);
      }
      Workspaces.deleteTree(calibration);
      for (int i = 0; i < perOp; i++) {
        Path dir = dirs.resolve(op.name() + "-" + i);
        long delay = (long) (random.nextDouble() * took.toMillis());
        List<String> found = new ArrayList<>();
        CrashOps.Killed k = op.killAfter(dir, Duration.ofMillis(delay), found);
        String outcome = op.check(dir, k, found);
        op.rerun(dir, found);
        runs.add(new Run(op.name(), i, delay, k.killed(), outcome, found, dir));
        if (found.isEmpty()) {
          Workspaces.deleteTree(dir);
        }
      }
    }
    return runs;
  }

  /** The figures of a set of runs as a Markdown table (docs/crash-tests.md). */
  static String table(List<Run> runs) {
    Map<String, List<Run>> byOp = new LinkedHashMap<>();
    runs.forEach(r -> byOp.computeIfAbsent(r.op(), k -> new ArrayList<>()).add(r));
    StringBuilder b = new StringBuilder();
    b.append(
        "| Operation | Runs | Killed while running | Outcomes after the kill | Violations |\n");
    b.append("|---|---:|---:|---|---:|\n");
    for (var e : byOp.entrySet()) {
      Map<String, Integer> outcomes = new TreeMap<>();
      int killed = 0;
      int problems = 0;
      for (Run r : e.getValue()) {
        outcomes.merge(r.outcome(), 1, Integer::sum);
        killed += r.killed() ? 1 : 0;
        problems += r.problems().isEmpty() ? 0 : 1;
      }
      List<String> parts = new ArrayList<>();
      outcomes.forEach((k, v) -> parts.add(k + ": " + v));
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %s | %d |%n",
              e.getKey(),
              e.getValue().size(),
              killed,
              String.join("; ", parts),
              problems));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "| **all** | **%d** | **%d** | | **%d** |%n",
            runs.size(),
            runs.stream().filter(Run::killed).count(),
            runs.stream().filter(r -> !r.problems().isEmpty()).count()));
    return b.toString();
  }
}
