package id.rekap.app.cli;

import id.rekap.core.store.StoreLocation;
import id.rekap.core.support.TestStore;
import id.rekap.testsupport.CliOffice;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command-line office of the tests ({@link CliOffice}, in test-support) on this module's
 * in-process command line: {@code init --admin admin} and the clerks ketua, ani, budi and citra,
 * every account with {@link #PASSWORD}.
 */
final class CliAccounts {
  static final String PASSWORD = CliOffice.PASSWORD;
  static final String TEMPORARY = CliOffice.TEMPORARY;

  private CliAccounts() {}

  /** A command line whose REKAP_PASSWORD is every account's password. */
  static CliRun cli(Path home) {
    return new CliRun(home).env("REKAP_PASSWORD", PASSWORD);
  }

  /**
   * A copy of the office {@code init ARGS --admin admin} and the four clerks make (built once per
   * test JVM for the same init); fails the test if a set-up command fails.
   */
  static void office(Path home, Path ws, String... initArgs) {
    CliOffice.copy(runner(home), CliAccounts::copy, ws, initArgs);
  }

  /** The admin adds the user with a temporary password; the user sets {@link #PASSWORD}. */
  static void add(Path home, Path ws, String name, String role) {
    CliOffice.add(runner(home), ws, name, role);
  }

  /** The in-process command line as test-support runs it. */
  static CliOffice.Cli runner(Path home) {
    return (env, args) -> {
      CliRun run = new CliRun(home);
      env.forEach(run::env);
      CliRun.Result r = run.run(args);
      return new CliOffice.Outcome(r.status(), r.err());
    };
  }

  /**
   * The folder copied; on a PostgreSQL run its store is a new database copied from the template's.
   */
  private static void copy(Path template, Path folder) {
    CliOffice.copyTree(template, folder);
    if (Files.isRegularFile(template.resolve(StoreLocation.FILE))) {
      TestStore.copyWorkspace(template, folder);
    }
  }
}
