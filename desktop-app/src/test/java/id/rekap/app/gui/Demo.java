package id.rekap.app.gui;

import id.rekap.core.demo.DemoData;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.PasswordHasher;
import id.rekap.testsupport.FastPasswords;
import id.rekap.testsupport.TestClocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The demo workspace (real Kepulauan Seribu data, users admin/ani/budi/citra/ketua) for GUI tests,
 * with a fixed clock, and sessions over it.
 */
public final class Demo {
  public static final Clock CLOCK =
      TestClocks.at("2024-02-20T10:00:00Z", ZoneId.of("Asia/Jakarta"));

  /** A TPS with real Sirekap reading errors (R3, R5). */
  public static final String TPS_WITH_ERRORS = "3101011001001";

  /** A TPS without any result: the one to key. */
  public static final String MISSING_TPS = "3101011001004";

  /** The demo's chair, for use cases a test calls directly (the role is what is checked). */
  public static final User CHAIR = new User("ketua", Role.CHAIR);

  private Demo() {}

  private static Path master;

  /**
   * A fresh demo workspace in the folder: a copy of one made once per test run, since making it
   * (importing 88 files, hashing five passwords) is the slow part of every GUI test.
   */
  public static synchronized Workspace create(Path folder) {
    try {
      if (master == null) {
        Path made = Files.createTempDirectory("rekap-gui-demo");
        // the tests' password cost (ADR 0038): every GUI test logs demo users in
        DemoData.create(
                made.resolve("ws"),
                CLOCK,
                new PasswordHasher(FastPasswords.MEMORY_KIB, FastPasswords.ITERATIONS))
            .close();
        master = made.resolve("ws");
      }
      try (Stream<Path> files = Files.walk(master)) {
        for (Path p : files.toList()) {
          Path to = folder.resolve(master.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Workspace.open(folder, CLOCK);
  }

  public static Session session(Workspace ws, Jobs jobs) {
    return new Session(ws, jobs, CLOCK, Locale.of("id", "ID"));
  }

  /** Logs a demo user in (the demo password) on the session. */
  public static void login(Session session, String name) {
    session.user().set(session.workspace().users().login(name, DemoData.PASSWORD.toCharArray()));
  }
}
