package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.support.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, acceptance 4: SIGKILL at random moments of import, keying, correction, adoption, signed
 * report, package export, backup, sync send and sync receive ({@link CrashHarness}). A short run in
 * every build (one kill per operation); the long run is {@code scripts/crash-test} (by default 56
 * kills per operation, 504 in all), whose figures are in docs/crash-tests.md.
 */
class CrashHarnessTest {
  /**
   * One kill each for the operations whose checks hold within one store. Package export and sync
   * also check across a store and a file or two stores, where H2's loss of a newest commit on a
   * crash (docs/crash-tests.md) can still show; they run in the long run.
   */
  @Test
  void oneKillPerOperationLeavesEveryUseCaseWholeAndARerunCompletes() throws Exception {
    check(1, 13, Set.of("import", "keying", "correction", "adoption", "report", "backup"));
  }

  @Tag("slow")
  @Test
  void hundredsOfKillsLeaveEveryUseCaseWholeAndARerunCompletes() throws Exception {
    check(
        Integer.getInteger("rekap.crash.perOp", 56),
        Long.getLong("rekap.crash.seed", 2024),
        Set.of());
  }

  private static void check(int perOp, long seed, Set<String> only) throws Exception {
    Path root = Files.createTempDirectory("rekap-crash");
    try {
      CrashHarness harness = CrashHarness.prepare(root);
      long start = System.nanoTime();
      List<CrashHarness.Run> runs = harness.run(perOp, seed, only);
      String table = CrashHarness.table(runs);
      Path report = Path.of("target", "crash-harness.md");
      Files.createDirectories(report.getParent());
      Files.writeString(
          report,
          String.format(
              "Seed %d, %d runs, %.0f s%n%n%s",
              seed, runs.size(), (System.nanoTime() - start) / 1e9, table));
      assertThat(runs).hasSize(perOp * (only.isEmpty() ? harness.ops().size() : only.size()));
      assertThat(runs)
          .as("%s", table)
          .allSatisfy(
              r ->
                  assertThat(r.problems()).as("%s #%d (%s)", r.op(), r.index(), r.dir()).isEmpty());
    } finally {
      if (Files.isDirectory(root.resolve("runs"))) {
        try (var left = Files.list(root.resolve("runs"))) {
          if (left.findAny().isEmpty()) {
            Workspaces.deleteTree(root);
          }
        }
      }
    }
  }
}
