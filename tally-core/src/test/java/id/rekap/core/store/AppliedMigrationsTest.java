package id.rekap.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a store whose schema is current skips Flyway (issue 18); the answer is "no" whenever a
 * migration this program carries is not recorded as applied, so no migration is ever skipped.
 */
class AppliedMigrationsTest {
  @TempDir Path dir;

  @Test
  void everyMigrationOnTheClassPathIsListed() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      var versions =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("V"))
              .map(n -> n.substring(1, n.indexOf("__")))
              .collect(Collectors.toSet());
      assertThat(AppliedMigrations.carried()).contains(versions);
    }
  }

  @Test
  void aCurrentStoreSkipsFlywayAndAStoreMissingOneMigrationDoesNot() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      Database db = WorkspaceInternals.database(ws);
      assertThat(allApplied(db)).isTrue();
      db.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '92'");
      assertThat(allApplied(db)).isFalse();
      db.dsl()
          .execute(
              "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
      assertThat(allApplied(db)).isFalse();
    }
  }

  @Test
  void aStoreWithoutHistoryIsLeftToFlyway() throws Exception {
    var pool =
        org.h2.jdbcx.JdbcConnectionPool.create(
            "jdbc:h2:file:" + dir.resolve("empty").toAbsolutePath(), "sa", "");
    try {
      assertThat(AppliedMigrations.allApplied(pool)).isFalse();
    } finally {
      pool.dispose();
    }
  }

  private static boolean allApplied(Database db) {
    return db.dsl().connectionResult(AppliedMigrations::allApplied);
  }
}
