package id.rekap.core.support;

import id.rekap.core.demo.DemoData;
import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.intake.ImportSummary;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.store.Database;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.PasswordHasher;
import id.rekap.testsupport.FastPasswords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Workspaces for tests. Building the real Kepulauan Seribu sample workspace takes a second or two,
 * so it is built once per test JVM (with the same steps a user takes: init, regions import, results
 * import) and each test gets its own copy of the closed database file, which it may change freely.
 */
public final class Workspaces {
  /** The first admin every test workspace is created with. */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "gerbang-uji-91";

  /**
   * The clerk who sets up test workspaces (master data, imports, keys, packages): a chair, the role
   * that may do each of these. Use cases check roles, not that the account exists.
   */
  public static final User CLERK = new User("petugas", Role.CHAIR);

  /**
   * The password-hashing cost of test workspaces: Argon2id at its smallest ({@link FastPasswords}),
   * so the accounts a test adds and logs in cost milliseconds. The product's cost stays in
   * production; the login rules, throttle and hash format are the same.
   */
  public static final PasswordHasher PASSWORDS =
      new PasswordHasher(FastPasswords.MEMORY_KIB, FastPasswords.ITERATIONS);

  private static Path cache;
  private static Path regionsOnly;
  private static Path sample;
  private static ImportSummary sampleSummary;

  private Workspaces() {}

  /** Creates a workspace with the given election definition file (no master data yet). */
  public static Workspace create(
      Path folder, WorkspaceLevel level, String region, Path electionFile) {
    CreateWorkspace.Request request =
        new CreateWorkspace.Request(level, region, electionFile, null);
    if (TestStore.postgres()) {
      request = request.onServer(TestStore.fresh(null), TestStore.password());
    }
    return CreateWorkspace.run(
        folder,
        request,
        new CreateWorkspace.FirstAdmin(ADMIN, ADMIN_PASSWORD.toCharArray()),
        TestClock.FIXED,
        PASSWORDS);
  }

  /**
   * The demo files (election definition, region list, {@code ppwp/} with 88 Sirekap files),
   * extracted once. Shared: tests must not write into this folder.
   */
  public static synchronized Path demoFiles() {
    Path files = cache().resolve("demo-files");
    if (!Files.isDirectory(files)) {
      DemoData.extract(files);
    }
    return files;
  }

  /** A copy of a kab/kota 3101 workspace holding the real region list and no results. */
  public static synchronized Workspace regionsOnly(Path folder) {
    if (regionsOnly == null) {
      Path t = cache().resolve("regions-only");
      try (Workspace ws = createSample(t)) {
        ws.importRegions(CLERK, List.of(demoFiles().resolve(DemoData.REGIONS)));
      }
      regionsOnly = t;
    }
    return copy(regionsOnly, folder);
  }

  /** A copy of a kab/kota 3101 workspace holding the real region list and the 88 real files. */
  public static synchronized Workspace sample(Path folder) {
    return sample(folder, TestClock.FIXED);
  }

  /** The same, opened with the test's own clock (a clock the test moves forward). */
  public static synchronized Workspace sample(Path folder, java.time.Clock clock) {
    ensureSample();
    return copy(sample, folder, clock);
  }

  /** What importing the 88 real files into the sample workspace reported. */
  public static synchronized ImportSummary sampleImportSummary() {
    ensureSample();
    return sampleSummary;
  }

  /**
   * A copy of a PPK workspace of one kecamatan of the sample (310101 or 310102) with the real
   * region list and the kecamatan's real files.
   */
  public static synchronized Workspace ppk(Path folder, String kecamatan) {
    Path t = cache().resolve("ppk-" + kecamatan);
    if (!Files.isDirectory(t)) {
      try (Workspace ws =
          create(t, WorkspaceLevel.KECAMATAN, kecamatan, demoFiles().resolve(DemoData.ELECTION))) {
        ws.importRegions(CLERK, List.of(demoFiles().resolve(DemoData.REGIONS)));
        ws.importResults()
            .run(
                CLERK,
                ImportRequest.of(List.of(demoFiles().resolve(DemoData.RESULTS))),
                ImportResults.Progress.NONE);
      }
    }
    return copy(t, folder);
  }

  private static void ensureSample() {
    if (sample == null) {
      Path t = cache().resolve("sample");
      try (Workspace ws = createSample(t)) {
        ws.importRegions(CLERK, List.of(demoFiles().resolve(DemoData.REGIONS)));
        sampleSummary =
            ws.importResults()
                .run(
                    CLERK,
                    ImportRequest.of(List.of(demoFiles().resolve(DemoData.RESULTS))),
                    ImportResults.Progress.NONE);
      }
      sample = t;
    }
  }

  /** Imports files or folders as Sirekap results, with the defaults of the command line. */
  public static ImportSummary importFiles(Workspace ws, Path... paths) {
    return importResults(ws, ImportRequest.of(List.of(paths)));
  }

  public static ImportSummary importResults(Workspace ws, ImportRequest request) {
    return ws.importResults().run(CLERK, request, ImportResults.Progress.NONE);
  }

  private static Workspace createSample(Path folder) {
    return create(
        folder, WorkspaceLevel.KABKOTA, DemoData.REGION, demoFiles().resolve(DemoData.ELECTION));
  }

  private static Workspace copy(Path template, Path folder) {
    return copy(template, folder, TestClock.FIXED);
  }

  private static Workspace copy(Path template, Path folder, java.time.Clock clock) {
    if (Files.isRegularFile(template.resolve(id.rekap.core.store.StoreLocation.FILE))) {
      TestStore.copyWorkspace(template, folder);
      return Workspace.open(folder, clock, PASSWORDS);
    }
    try {
      Files.createDirectories(folder);
      String db = Database.FILE_STEM + ".mv.db";
      Files.copy(template.resolve(db), folder.resolve(db));
      Files.copy(template.resolve(Database.SECRET_FILE), folder.resolve(Database.SECRET_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Workspace.open(folder, clock, PASSWORDS);
  }

  private static Path cache() {
    if (cache == null) {
      try {
        cache = Files.createTempDirectory("rekap-test-cache");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path dir = cache;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
    }
    return cache;
  }

  public static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort
    }
  }
}
