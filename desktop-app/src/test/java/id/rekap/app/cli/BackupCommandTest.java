package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.audit.AuditEvent;
import id.rekap.core.demo.DemoData;
import id.rekap.core.support.StoreDump;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, acceptance 3: backups made automatically during a scripted session (after the imports
 * of regions and results, the adoption and the correction), verified, restored into a fresh folder
 * and equal to the original (logical dump and audit head, plus the one event that records the
 * restore); a corrupted backup (cut short, a byte flipped) is refused by {@code backup verify} and
 * by {@code backup restore}.
 */
class BackupCommandTest {
  static final String CLEAN = "3101021001001";
  static final String PASSWORD = "tinta-biru-pleno-7";
  static final String ADMIN_PASSWORD = "gerbang-uji-91";
  static final String TEMPORARY = "kertas-sementara-3";

  @TempDir Path tmp;

  private CliRun cli(String password) {
    return new CliRun(tmp.resolve("home"))
        .env("REKAP_PASSWORD", password)
        .env("REKAP_NEW_PASSWORD", PASSWORD);
  }

  private CliRun.Result in(Path ws, String password, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = ws.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return cli(password).run(all);
  }

  private CliRun.Result ok(CliRun.Result r) {
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    return r;
  }

  @Test
  void automaticBackupsOfAScriptedSessionRestoreIntoAFreshFolderEqualToTheOriginal()
      throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    Path ws = tmp.resolve("ws");
    ok(
        in(
            ws,
            ADMIN_PASSWORD,
            "init",
            "--level",
            "kabkota",
            "--region",
            "3101",
            "--election",
            data.resolve(DemoData.ELECTION).toString(),
            "--admin",
            "admin"));
    // the admin adds the operator and the chair (temporary passwords), each sets their own
    for (String[] u : new String[][] {{"ani", "operator"}, {"ketua", "chair"}}) {
      var added =
          ok(
              cli(ADMIN_PASSWORD)
                  .env("REKAP_NEW_PASSWORD", TEMPORARY)
                  .run(
                      "--workspace",
                      ws.toString(),
                      "--user",
                      "admin",
                      "users",
                      "add",
                      u[0],
                      "--role",
                      u[1]));
      assertThat(added.err()).as("no backup due for a new user").isEmpty();
      ok(in(ws, TEMPORARY, "--user", u[0], "password"));
    }
    var regions =
        ok(
            in(
                ws,
                PASSWORD,
                "--user",
                "ketua",
                "regions",
                "import",
                data.resolve(DemoData.REGIONS).toString()));
    assertThat(regions.err()).contains("cadangan otomatis dibuat dan diperiksa");
    var imported = ok(in(ws, PASSWORD, "--user", "ani", "import", data.resolve("ppwp").toString()));
    assertThat(imported.err()).contains("cadangan otomatis dibuat dan diperiksa").contains("impor");
    var keyed =
        ok(
            in(
                ws,
                PASSWORD,
                "--user",
                "ani",
                "key",
                "--contest",
                "ppwp",
                "--tps",
                "3101011001001",
                "--set",
                "choices.1=83",
                "--set",
                "choices.2=107",
                "--set",
                "choices.3=38",
                "--set",
                "valid=228",
                "--set",
                "invalid=5",
                "--set",
                "total=233",
                "--set",
                "users=233",
                "--set",
                "dpt=292"));
    assertThat(keyed.err()).isEmpty();
    var adopted =
        ok(in(ws, PASSWORD, "--user", "ketua", "adopt", "--contest", "ppwp", "--code", CLEAN));
    assertThat(adopted.err()).contains("penetapan");
    var corrected =
        ok(
            in(
                ws,
                PASSWORD,
                "--user",
                "ketua",
                "correct",
                "--contest",
                "ppwp",
                "--tps",
                CLEAN,
                "--set",
                "invalid=3",
                "--reason",
                "dibaca ulang dari plano",
                "--evidence",
                "plano",
                "--proposed-by",
                "saksi 01"));
    assertThat(corrected.err()).contains("koreksi");

    var list = ok(in(ws, "x", "backup", "list"));
    List<Path> backups = backups(ws);
    assertThat(backups)
        .as("after the regions, the results, the adoption, the correction")
        .hasSize(4);
    assertThat(list.out()).contains("impor").contains("penetapan").contains("koreksi");
    assertThat(list.out()).contains("Folder kedua (flashdisk): belum diatur");
    var verified = ok(in(ws, "x", "backup", "verify", "--all"));
    assertThat(verified.out().lines().filter(l -> l.startsWith("BAIK"))).hasSize(4);

    // the newest backup holds the session's end: restore it into a fresh folder
    Path newest = backups.getLast();
    Path fresh = tmp.resolve("fresh");
    var plan = ok(in(fresh, "x", "backup", "restore", newest.toString()));
    assertThat(plan.out())
        .contains("diperiksa: BAIK")
        .contains("rekap --user KETUA backup restore");
    assertThat(fresh).doesNotExist();
    var restored =
        ok(in(fresh, PASSWORD, "--user", "ketua", "backup", "restore", newest.toString(), "--yes"));
    assertThat(restored.out()).contains("Dipulihkan");
    ok(in(fresh, "x", "audit", "verify"));

    try (Workspace a = Workspace.open(ws, CliRun.CLOCK);
        Workspace b = Workspace.open(fresh, CliRun.CLOCK)) {
      var headA = a.verifyAudit().run();
      assertThat(withoutAudit(StoreDump.of(b))).isEqualTo(withoutAudit(StoreDump.of(a)));
      List<AuditEvent> eventsA = events(a);
      List<AuditEvent> eventsB = events(b);
      assertThat(eventsB).hasSize(eventsA.size() + 1);
      assertThat(eventsB.subList(0, eventsA.size())).isEqualTo(eventsA);
      assertThat(eventsB.getLast().action()).isEqualTo("backup.restore");
      assertThat(eventsB.getLast().prevHash()).isEqualTo(headA.headHash());
    }

    // corrupted copies are refused: cut short, one byte flipped
    byte[] bytes = Files.readAllBytes(newest);
    Path cut = Files.write(tmp.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
    byte[] flippedBytes = bytes.clone();
    flippedBytes[bytes.length / 2] ^= 0x10;
    Path flipped = Files.write(tmp.resolve("flipped.zip"), flippedBytes);
    for (Path bad : List.of(cut, flipped)) {
      var refused = in(ws, "x", "backup", "verify", bad.toString());
      assertThat(refused.status()).as(refused.out()).isEqualTo(1);
      assertThat(refused.err()).contains(bad.toString());
      Path elsewhere = tmp.resolve("elsewhere-" + bad.getFileName());
      var notRestored =
          in(elsewhere, PASSWORD, "--user", "ketua", "backup", "restore", bad.toString(), "--yes");
      assertThat(notRestored.status()).isEqualTo(1);
      assertThat(notRestored.err()).contains("Cadangan tidak dipulihkan");
      assertThat(elsewhere).doesNotExist();
    }
    var good = ok(in(ws, "x", "backup", "verify", newest.toString()));
    assertThat(good.out()).startsWith("BAIK");
  }

  @Test
  void backupNowCopiesToTheSecondFolderSetByTheChair() throws Exception {
    Path ws = tmp.resolve("ws");
    ok(cli("x").run("--workspace", ws.toString(), "demo", "--no-gui"));
    Path stick = Files.createDirectories(tmp.resolve("usb"));
    var operator =
        in(ws, DemoData.PASSWORD, "--user", "ani", "backup", "second-folder", stick.toString());
    assertThat(operator.status()).isEqualTo(3);
    var set =
        ok(
            in(
                ws,
                DemoData.PASSWORD,
                "--user",
                "ketua",
                "backup",
                "second-folder",
                stick.toString()));
    assertThat(set.out()).contains(stick.toString());
    var now = ok(in(ws, "x", "backup", "now"));
    assertThat(now.out()).contains("Cadangan dibuat dan diperiksa").contains(stick.toString());
    try (Stream<Path> copies = Files.list(stick)) {
      assertThat(copies.toList()).hasSize(1);
    }
    var list = ok(in(ws, "x", "backup", "list"));
    assertThat(list.out()).contains(stick.toString());
    // an unplugged stick: the backup still counts, the command says so and exits 1
    Files.delete(Files.list(stick).findFirst().orElseThrow());
    Files.delete(stick);
    var unplugged = in(ws, "x", "backup", "now");
    assertThat(unplugged.status()).isEqualTo(1);
    assertThat(unplugged.err()).contains("flashdisk tidak terpasang");
    // the demo's own (after its import), then the two taken now
    assertThat(backups(ws)).hasSize(3);
    // the admin manages accounts only (issue 15)
    var admin = in(ws, DemoData.PASSWORD, "--user", "admin", "backup", "second-folder", "--off");
    assertThat(admin.status()).isEqualTo(3);
    var off = ok(in(ws, DemoData.PASSWORD, "--user", "ketua", "backup", "second-folder", "--off"));
    assertThat(off.out()).contains("belum diatur");
  }

  private static List<Path> backups(Path ws) throws Exception {
    try (Stream<Path> s = Files.list(ws.resolve("backups"))) {
      return s.sorted().toList();
    }
  }

  private static Map<String, List<String>> withoutAudit(Map<String, List<String>> dump) {
    Map<String, List<String>> out = new TreeMap<>(dump);
    out.remove("AUDIT_EVENT");
    out.remove("AUDIT_HEAD");
    return out;
  }

  private static List<AuditEvent> events(Workspace ws) {
    List<AuditEvent> out = new ArrayList<>();
    WorkspaceInternals.database(ws)
        .transactions()
        .run(() -> WorkspaceInternals.database(ws).auditLog(CliRun.CLOCK).forEach(out::add));
    return out;
  }
}
