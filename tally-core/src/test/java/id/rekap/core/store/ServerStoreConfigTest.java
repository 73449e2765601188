package id.rekap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a server store is named, recorded and migrated (ADR 0033), without a server. */
class ServerStoreConfigTest {
  @TempDir Path dir;

  @Test
  void aStoreUrlNamesHostPortDatabaseAndSchemaAndTheAccountComesFromTheEnvironment() {
    StoreLocation l =
        StoreLocation.parse(
            "postgresql://192.168.1.10:5433/rekap_310101?schema=ppk",
            Map.of(StoreLocation.USER_ENV, "pleno"));
    assertThat(l)
        .isEqualTo(new StoreLocation("192.168.1.10", 5433, "rekap_310101", "ppk", "pleno"));
    assertThat(l.jdbcUrl())
        .isEqualTo(
            "jdbc:postgresql://192.168.1.10:5433/rekap_310101?ApplicationName=rekap&currentSchema=ppk");
    assertThat(StoreLocation.parse("postgresql://kpu@server/rekap", Map.of()).user())
        .isEqualTo("kpu");
    assertThat(StoreLocation.parse("postgresql://server/rekap", Map.of()).port()).isEqualTo(5432);
  }

  @Test
  void aPasswordInTheUrlOrAnotherShapeIsRefused() {
    for (String bad :
        new String[] {
          "postgresql://rekap:rahasia@server/rekap",
          "mysql://server/rekap",
          "postgresql://server/rekap?password=x",
          "postgresql://server/re;kap"
        }) {
      assertThatThrownBy(() -> StoreLocation.parse(bad, Map.of()))
          .isInstanceOf(RekapException.class)
          .satisfies(
              e ->
                  assertThat(((RekapException) e).kind()).isEqualTo(RekapException.Kind.BAD_INPUT));
    }
  }

  @Test
  void theFolderRecordsTheStoreAndKeepsThePasswordOwnerOnly() throws Exception {
    StoreLocation l = new StoreLocation("db.local", 5432, "rekap", null, "rekap");
    l.write(dir, "sandi-rahasia");
    assertThat(StoreLocation.read(dir)).contains(l);
    assertThat(Files.readString(dir.resolve(StoreLocation.FILE))).doesNotContain("sandi");
    assertThat(StoreLocation.password(dir, Map.of())).isEqualTo("sandi-rahasia");
    assertThat(StoreLocation.password(dir, Map.of(StoreLocation.PASSWORD_ENV, "dari-env")))
        .isEqualTo("dari-env");
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dir.resolve(StoreLocation.PASSWORD_FILE))))
          .isEqualTo("rw-------");
    }
    assertThat(Database.exists(dir)).isTrue();
  }

  @Test
  void everyMigrationIsGivenToFlywayWithOnlyTheH2TypeNamesReplaced() throws Exception {
    PortableMigrations migrations = new PortableMigrations();
    var all = migrations.getResources("V", new String[] {".sql"});
    assertThat(all)
        .extracting(LoadableResource::getFilename)
        .contains("V1__foundation.sql", "V92__package_in_adoption.sql");
    for (LoadableResource r : all) {
      var text = new java.io.StringWriter();
      try (var reader = r.read()) {
        reader.transferTo(text);
      }
      assertThat(text.toString())
          .doesNotContainIgnoringCase("CLOB")
          .doesNotContainIgnoringCase("VARBINARY");
      assertThat(text.toString().replaceAll("(?i)BYTEA", "")).doesNotContain("BLOB");
    }
    assertThat(
            PortableMigrations.toPostgres("votes VARBINARY(65536) NOT NULL, payload CLOB, c BLOB"))
        .isEqualTo("votes BYTEA NOT NULL, payload TEXT, c BYTEA");
  }
}
