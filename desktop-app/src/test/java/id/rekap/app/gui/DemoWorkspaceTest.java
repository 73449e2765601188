package id.rekap.app.gui;

import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the view-model tests: one demo workspace per test class (the real Kepulauan Seribu data
 * and the demo users) and a session on it whose background work runs directly.
 */
public abstract class DemoWorkspaceTest {
  @TempDir protected static Path tmp;
  protected static Workspace ws;
  protected static Session session;

  @BeforeAll
  static void openDemo() {
    ws = Demo.create(tmp.resolve("ws"));
    session = Demo.session(ws, new DirectJobs());
  }

  @AfterAll
  static void closeDemo() {
    ws.close();
  }
}
