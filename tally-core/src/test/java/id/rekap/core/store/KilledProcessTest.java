package id.rekap.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing committed is lost when the process dies: a child JVM imports the demo data, reports that
 * the import returned, and is killed at once (SIGKILL, no shutdown hooks, no close); the workspace
 * then opens with every result and an intact audit chain.
 */
class KilledProcessTest {
  @TempDir Path dir;

  /** The child: create the demo workspace, say so, then wait to be killed without closing. */
  public static final class Child {
    public static void main(String[] args) throws InterruptedException {
      Workspace ws = DemoData.create(Path.of(args[0]), TestClock.FIXED);
      System.out.println("IMPORTED " + ws.status().run().getFirst().received());
      System.out.flush();
      Thread.sleep(60_000);
    }
  }

  /**
   * The child: open a workspace that was closed cleanly, commit one use case, say so, and die at
   * once (no close): the one commit is all the process wrote.
   */
  public static final class OneCommit {
    public static void main(String[] args) {
      Workspace ws = Workspace.open(Path.of(args[0]), TestClock.FIXED);
      ws.setRuleSeverity().run(Workspaces.CLERK, args[1], "warning");
      System.out.println("COMMITTED");
      System.out.flush();
      Runtime.getRuntime().halt(9);
    }
  }

  @Test
  void theFirstCommitAfterOpeningIsKeptWhenTheProcessDiesRightAfter() throws Exception {
    Path ws = dir.resolve("ws");
    Workspaces.sample(ws).close();
    List<String> rules = List.of("R3", "R5", "R7");
    for (String rule : rules) {
      Process child =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      OneCommit.class.getName(),
                      ws.toString(),
                      rule))
              .redirectErrorStream(true)
              .start();
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(out).contains("COMMITTED");
    }
    try (Workspace reopened = Workspace.open(ws, TestClock.FIXED)) {
      var audit = reopened.verifyAudit().run();
      assertThat(audit.ok()).isTrue();
      long kept =
          WorkspaceInternals.database(reopened)
              .dsl()
              .fetchOne("select count(*) from audit_event where action = 'rules.severity'")
              .get(0, Long.class);
      assertThat(kept).as("every commit of a process that died right after it").isEqualTo(3);
    }
  }

  @Test
  void aKilledProcessKeepsEverythingItCommitted() throws Exception {
    Path ws = dir.resolve("ws");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Child.class.getName(),
                    ws.toString()))
            .redirectErrorStream(true)
            .start();
    String line;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      do {
        line = out.readLine();
      } while (line != null && !line.startsWith("IMPORTED"));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(line).isEqualTo("IMPORTED 81");
    try (Workspace reopened = Workspace.open(ws, TestClock.FIXED)) {
      assertThat(reopened.status().run().getFirst().received()).isEqualTo(81);
      var audit = reopened.verifyAudit().run();
      assertThat(audit.ok()).isTrue();
      // init with its admin, the committee and the regions; four users added who each set their
      // own password; 81 results
      assertThat(audit.events()).isEqualTo(1 + 1 + 1 + 1 + 4 * 2 + 81);
    }
  }
}
