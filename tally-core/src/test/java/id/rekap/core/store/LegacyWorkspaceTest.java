package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.ChainForger;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 and ADR 0013: a workspace made by an earlier version (database user {@code rekap} with
 * an empty password, no key file, events that bind no rows) still opens: it gets its password and
 * its rows are bound once, and then verifies. A database with a password whose key file is gone is
 * refused with a clear message.
 */
class LegacyWorkspaceTest {
  @TempDir Path dir;

  @Test
  void anOlderWorkspaceOpensGetsItsPasswordAndIsBound() throws Exception {
    Path folder = dir.resolve("ws");
    try (Workspace ws = Workspaces.sample(folder)) {
      ChainForger.unbind(WorkspaceInternals.database(ws));
      WorkspaceInternals.database(ws).dsl().execute("ALTER USER REKAP SET PASSWORD ''");
    }
    Files.delete(folder.resolve(Database.SECRET_FILE));
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      assertThat(folder.resolve(Database.SECRET_FILE)).exists();
      var result = ws.verifyAudit().run();
      assertThat(result.ok()).isTrue();
      assertThat(result.boundRows()).isPositive();
      assertThat(
              WorkspaceInternals.database(ws)
                  .dsl()
                  .fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("audit.bind")))
          .isPositive();
    }
    // bound once: opening again adds nothing
    long events;
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      events = WorkspaceInternals.database(ws).dsl().fetchCount(AUDIT_EVENT);
    }
    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      assertThat(WorkspaceInternals.database(ws).dsl().fetchCount(AUDIT_EVENT)).isEqualTo(events);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }

  @Test
  void aMissingKeyFileIsNamed() throws Exception {
    Path folder = dir.resolve("ws");
    Workspaces.sample(folder).close();
    Files.delete(folder.resolve(Database.SECRET_FILE));
    assertThatThrownBy(() -> Workspace.open(folder, TestClock.FIXED))
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> {
              assertThat(e.key()).isEqualTo("workspace.error.secretMissing");
              assertThat(e.kind()).isEqualTo(RekapException.Kind.STATE);
            });
  }

  @Test
  void theDatabaseFileAloneDoesNotOpenWithTheDefaultAccount() throws Exception {
    Path folder = dir.resolve("ws");
    Workspaces.sample(folder).close();
    String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_STEM) + ";IFEXISTS=TRUE";
    assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "rekap", "").close())
        .isInstanceOf(java.sql.SQLException.class);
  }
}
