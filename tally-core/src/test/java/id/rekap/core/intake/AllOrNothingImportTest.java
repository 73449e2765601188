package id.rekap.core.intake;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.TPS_RESULT;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.result.Source;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file among good ones: by default nothing at all is written (a half-imported folder would
 * be a recap nobody can explain); with skipInvalid the good files are written and the bad one is
 * reported.
 */
class AllOrNothingImportTest {
  private static final String BAD_TPS = "3101021002005";

  @TempDir Path dir;
  private Path folder;

  @BeforeEach
  void folderWithOneBadFile() throws IOException {
    folder = dir.resolve("unduhan").resolve("ppwp");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(Workspaces.demoFiles().resolve(DemoData.RESULTS))) {
      for (Path f : files.toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    Path bad = folder.resolve(BAD_TPS + ".json");
    Files.writeString(
        bad, Files.readString(bad).replaceFirst("\"suara_sah\": \\d+", "\"suara_sah\": -1"));
    // a stray non-JSON file inside a folder is skipped, not refused
    Files.writeString(folder.resolve("README.txt"), "unduhan Sirekap 16 Feb 2024");
  }

  @Test
  void oneBadFileMeansNothingIsWritten() {
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      ImportSummary s = Workspaces.importFiles(ws, folder);
      assertThat(s.applied()).isFalse();
      assertThat(s.files()).isEqualTo(88);
      assertThat(s.skipped()).isEqualTo(1);
      assertThat(s.imported()).isZero();
      assertThat(s.refused())
          .singleElement()
          .satisfies(
              e ->
                  BadResultFileTest.assertMessage(
                      e,
                      folder.resolve(BAD_TPS + ".json"),
                      "result.error.negative",
                      "administrasi.suara_sah"));
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  @Test
  void filesWrittenBeforeTheBadOneAreRolledBack() {
    // the files are written while later ones are still read (ADR 0029): with batches of 5, dozens
    // of files are written before the bad one is reached, and all of them must go
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      var before = StoreDump.of(ws);
      int[] progressed = {0};
      ImportSummary s =
          ws.importResults()
              .batchesOf(5)
              .run(
                  new User("tester", Role.OPERATOR),
                  ImportRequest.of(List.of(folder)),
                  (done, total) -> progressed[0] = done);
      assertThat(s.applied()).isFalse();
      assertThat(s.imported()).isZero();
      assertThat(s.notDigitised()).isEqualTo(7);
      assertThat(s.refused())
          .singleElement()
          .extracting(e -> e.key())
          .isEqualTo("result.error.negative");
      assertThat(progressed[0]).isEqualTo(88);
      assertThat(StoreDump.of(ws)).isEqualTo(before);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
      // the same folder without the bad file: every file, each with its event, in one go
      Files.delete(folder.resolve(BAD_TPS + ".json"));
      ImportSummary again =
          ws.importResults()
              .batchesOf(5)
              .run(
                  new User("tester", Role.OPERATOR),
                  ImportRequest.of(List.of(folder)),
                  ImportResults.Progress.NONE);
      assertThat(again.applied()).isTrue();
      assertThat(again.imported()).isEqualTo(80);
      assertThat(WorkspaceInternals.database(ws).dsl().fetchCount(TPS_RESULT)).isEqualTo(80);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void skipInvalidWritesTheGoodFilesAndReportsTheBadOne() {
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      long eventsBefore = WorkspaceInternals.database(ws).dsl().fetchCount(AUDIT_EVENT);
      ImportSummary s =
          Workspaces.importResults(
              ws,
              new ImportRequest(
                  List.of(folder), Optional.empty(), Source.SIREKAP, true, Optional.empty()));
      assertThat(s.applied()).isTrue();
      assertThat(s.imported()).isEqualTo(80);
      assertThat(s.notDigitised()).isEqualTo(7);
      assertThat(s.skipped()).isEqualTo(1);
      assertThat(s.refused())
          .singleElement()
          .extracting(e -> e.key())
          .isEqualTo("result.error.negative");
      var dsl = WorkspaceInternals.database(ws).dsl();
      assertThat(dsl.fetchCount(TPS_RESULT)).isEqualTo(80);
      assertThat(dsl.fetchCount(TPS_RESULT, TPS_RESULT.TPS_CODE.eq(BAD_TPS))).isZero();
      // one audit event per file written, in the same transaction as the file's row
      assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore + 80);
      assertThat(ws.status().run().getFirst().received()).isEqualTo(80);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }
}
