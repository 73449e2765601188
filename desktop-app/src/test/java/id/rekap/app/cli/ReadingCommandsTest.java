package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.backup.Backups;
import id.rekap.core.demo.DemoData;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 (target 2, bugs 2 and 3), ADR 0036: a command that only reads changes nothing in the
 * workspace folder (no backup, not one byte of the store), even when a backup is due; the next
 * command that changes something takes it. {@code --version} and {@code --help} open no workspace.
 */
class ReadingCommandsTest {
  @TempDir Path tmp;

  private CliRun cli() {
    return new CliRun(tmp.resolve("home")).env("REKAP_PASSWORD", DemoData.PASSWORD);
  }

  private CliRun.Result in(Path ws, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = ws.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return cli().run(all);
  }

  @Test
  void readingCommandsChangeNoFileAndTakeNoBackupEvenWhenOneIsDue() throws Exception {
    Path ws = tmp.resolve("ws");
    // made through the library: its import left the "after import" backup due, not taken
    DemoData.create(ws, CliRun.CLOCK).close();
    assertThat(due(ws)).isTrue();
    Map<String, String> before = snapshot(ws);
    Path forms = Files.createDirectories(tmp.resolve("forms"));
    String[][] reads = {
      {"status"},
      {"status", "--format", "json"},
      {"recap", "--contest", "ppwp", "--level", "kecamatan"},
      {"check"},
      {"check", "--format", "json"},
      {
        "report",
        "--contest",
        "ppwp",
        "--form",
        "d-hasil",
        "--format",
        "pdf",
        "--out",
        forms.toString()
      },
      {"audit", "verify"}
    };
    for (String[] command : reads) {
      var r = in(ws, command);
      assertThat(r.status()).as(String.join(" ", command) + ": " + r.err()).isIn(0, 1);
      assertThat(r.err()).as(String.join(" ", command)).doesNotContain("cadangan");
      assertThat(snapshot(ws)).as(String.join(" ", command)).isEqualTo(before);
    }
    assertThat(ws.resolve(Backups.FOLDER)).doesNotExist();
    assertThat(due(ws)).as("still due: the next change takes it").isTrue();

    var changed = in(ws, "--user", "ketua", "rules", "set", "R17", "WARNING");
    assertThat(changed.status()).as(changed.err()).isZero();
    assertThat(changed.err()).contains("cadangan otomatis dibuat dan diperiksa");
    assertThat(due(ws)).isFalse();
  }

  @Test
  void aReadingCommandRunsTheOpeningCheckAndNamesAStoreChangedBehindRekapsBack() {
    Path ws = tmp.resolve("ws");
    DemoData.create(ws, CliRun.CLOCK).close();
    try (Workspace w = Workspace.open(ws, CliRun.CLOCK)) {
      // votes changed by SQL outside any Rekap transaction: the row no longer matches the chain
      WorkspaceInternals.database(w)
          .dsl()
          .execute(
              "UPDATE TPS_RESULT SET VALID = VALID + 7"
                  + " WHERE TPS_CODE = (SELECT MIN(TPS_CODE) FROM TPS_RESULT)");
    }
    for (String[] command : new String[][] {{"status"}, {"check"}}) {
      var r = in(ws, command);
      assertThat(r.err())
          .as(command[0])
          .contains("PERINGATAN: pemeriksaan integritas ruang kerja gagal");
    }
  }

  @Test
  void versionAndHelpOpenNoWorkspace() throws Exception {
    // a folder whose "store" is not a database: any attempt to open it would fail with status 4
    Path ws = Files.createDirectories(tmp.resolve("ws"));
    Files.writeString(ws.resolve("rekap.mv.db"), "not a database");
    Map<String, String> before = snapshot(ws);
    Path missing = tmp.resolve("missing");
    for (Path folder : new Path[] {ws, missing}) {
      for (String[] args :
          new String[][] {{"--version"}, {"--help"}, {"status", "--help"}, {"check", "-h"}}) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        var r = cli().run(all);
        assertThat(r.status()).as(String.join(" ", args) + ": " + r.err()).isZero();
        assertThat(r.out()).isNotBlank();
        assertThat(r.err()).isEmpty();
      }
    }
    assertThat(snapshot(ws)).isEqualTo(before);
    assertThat(missing).doesNotExist();
  }

  private static boolean due(Path ws) {
    try (Workspace w = Workspace.open(ws, CliRun.CLOCK)) {
      return w.backups("test").due().due();
    }
  }

  /** Every file and folder under the workspace, with each file's SHA-256. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(p -> all.put(root.relativize(p).toString(), digest(p)));
    }
    return all;
  }

  private static String digest(Path p) {
    if (Files.isDirectory(p)) {
      return "folder";
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
