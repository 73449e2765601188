package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.support.StoreDump;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.Pem;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, acceptance 1: every command that changes the workspace is refused without a logged-in
 * user and with a user of the wrong role (exit 3, the store unchanged, no file written); and the
 * audit log names the logged-in user whatever the system properties and environment say.
 *
 * <p>On the demo workspace: admin, operators ani and budi, verifier citra, chair ketua.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountabilityCommandsTest {
  static final String TPS = "3101011001001";
  static final String KEY_PASS = "frasa-sandi-kunci-uji";

  @TempDir static Path tmp;
  private Path ws;
  private Path data;
  private Path template;
  private Path p12;
  private Path pem;
  private Path backup;
  private Map<String, List<String>> clean;

  private CliRun cli() {
    return new CliRun(tmp.resolve("home"))
        .env("REKAP_PASSWORD", DemoData.PASSWORD)
        .env("REKAP_NEW_PASSWORD", "kertas-sementara-3")
        .env("REKAP_KEY_PASSPHRASE", KEY_PASS)
        .env("REKAP_IMPORT_PASSPHRASE", KEY_PASS);
  }

  @BeforeAll
  void demoWorkspaceAndInputFiles() throws Exception {
    ws = tmp.resolve("ws");
    DemoData.create(ws, CliRun.CLOCK).close();
    data = tmp.resolve("data");
    DemoData.extract(data);
    template = tmp.resolve("isian-ppwp.csv");
    var t =
        cli()
            .run(
                "--workspace",
                ws.toString(),
                "template",
                "--contest",
                "ppwp",
                "--format",
                "csv",
                "--out",
                template.toString());
    assertThat(t.status()).as(t.err()).isZero();
    p12 = tmp.resolve("lain.p12");
    SigningKey other =
        SigningKey.create(
            p12,
            KEY_PASS.toCharArray(),
            new TallyCentre("KPU LAIN", "kabkota", "3101", "pemilu-2024"),
            CliRun.CLOCK);
    pem = Files.writeString(tmp.resolve("lain.pem"), Pem.certificate(other.certificate()));
    // a backup to restore from (taking one changes nothing in the store and needs no login)
    var b = cli().run("--workspace", ws.toString(), "backup", "now");
    assertThat(b.status()).as(b.err()).isZero();
    try (Stream<Path> files = Files.list(ws.resolve("backups"))) {
      backup = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
    }
    clean = dump();
  }

  private Map<String, List<String>> dump() {
    try (Workspace w = Workspace.open(ws, CliRun.CLOCK)) {
      return StoreDump.of(w);
    }
  }

  /** Each state-changing command, and a logged-in user whose role may not run it. */
  Stream<Arguments> commands() {
    String regions = data.resolve(DemoData.REGIONS).toString();
    String out = tmp.resolve("out/paket.rekap").toString();
    return Stream.of(
        Arguments.of("admin", List.of("regions", "import", regions)),
        Arguments.of("ani", List.of("regions", "import", "--correction", "salah ketik", regions)),
        Arguments.of("admin", List.of("import", data.resolve("ppwp").toString())),
        Arguments.of(
            "admin",
            List.of("import", "--contest", "ppwp", "--source", "chasil", template.toString())),
        Arguments.of(
            "admin", List.of("key", "--contest", "ppwp", "--tps", TPS, "--set", "valid=228")),
        Arguments.of(
            "ani",
            List.of("entry", "resolve", "--contest", "ppwp", "--tps", TPS, "--set", "valid=228")),
        Arguments.of(
            "citra",
            List.of(
                "correct",
                "--contest",
                "ppwp",
                "--tps",
                TPS,
                "--set",
                "invalid=6",
                "--reason",
                "dibaca ulang",
                "--evidence",
                "plano",
                "--proposed-by",
                "saksi 01")),
        Arguments.of(
            "admin",
            List.of(
                "objection",
                "add",
                "--kind",
                "keberatan",
                "--place",
                TPS,
                "--by",
                "Saksi 01",
                "--text",
                "keberatan")),
        Arguments.of(
            "ani",
            List.of(
                "objection", "respond", "1", "--response", "ditolak", "--decision", "rejected")),
        Arguments.of(
            "admin", List.of("objection", "recommend", "1", "--text", "rekomendasi Panwaslu")),
        Arguments.of("ani", List.of("plenary", "open", "--place", "Aula Kantor Kecamatan")),
        Arguments.of("admin", List.of("plenary", "attend", "--committee")),
        Arguments.of("ani", List.of("plenary", "close")),
        Arguments.of(
            "citra", List.of("adopt", "--contest", "ppwp", "--code", TPS, "--decision", "pleno")),
        Arguments.of("ani", List.of("committee", "set", "--member", "Ketua=Orang Lain")),
        Arguments.of("ani", List.of("rules", "set", "R3", "WARNING")),
        Arguments.of("ketua", List.of("users", "add", "dedi", "--role", "operator")),
        Arguments.of("ketua", List.of("users", "deactivate", "budi")),
        Arguments.of("ketua", List.of("users", "activate", "budi")),
        Arguments.of("ani", List.of("keys", "init")),
        Arguments.of("ani", List.of("keys", "import", p12.toString())),
        Arguments.of("ani", List.of("trust", "add", pem.toString(), "--note", "dari siapa")),
        Arguments.of("ani", List.of("trust", "remove", "AB:CD")),
        Arguments.of(
            "ani",
            List.of("upstream", "set", "--url", "https://kpu.local", "--cert", pem.toString())),
        Arguments.of("ani", List.of("package", "export", "--out", out)),
        Arguments.of("admin", List.of("package", "import", template.toString())),
        Arguments.of(
            "ani",
            List.of(
                "package",
                "withdraw",
                "--sender",
                "310101",
                "--sequence",
                "1",
                "--reason",
                "salah kirim")),
        Arguments.of(
            "ani",
            List.of(
                "revote",
                "declare",
                "--tps",
                TPS,
                "--contest",
                "ppwp",
                "--kind",
                "psu",
                "--reason",
                "kotak suara rusak")),
        Arguments.of(
            "ani",
            List.of(
                "import",
                "--revote",
                "psu",
                "--reason",
                "kotak suara rusak",
                data.resolve("ppwp").toString())),
        Arguments.of(
            "ani",
            List.of(
                "report",
                "--contest",
                "ppwp",
                "--form",
                "d-hasil",
                "--format",
                "pdf",
                "--out",
                tmp.resolve("out/d-hasil.pdf").toString(),
                "--sign",
                "--sign-draft")),
        Arguments.of("admin", List.of("backup", "second-folder", tmp.resolve("usb").toString())),
        Arguments.of("admin", List.of("backup", "restore", backup.toString(), "--yes")),
        Arguments.of("admin", List.of("sync")),
        Arguments.of("admin", List.of("serve", "--port", "18444")),
        Arguments.of(null, List.of("password")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("commands")
  void refusedWithoutAUserAndWithTheWrongRole(String wrongRole, List<String> command) {
    List<String> anonymous = new ArrayList<>(List.of("--workspace", ws.toString()));
    anonymous.addAll(command);
    var none = cli().run(anonymous.toArray(String[]::new));
    assertThat(none.status()).as("without a user: " + none.err()).isEqualTo(3);
    assertThat(none.err()).contains("--user");
    if (wrongRole != null) {
      List<String> as = new ArrayList<>(List.of("--workspace", ws.toString(), "--user", wrongRole));
      as.addAll(command);
      var wrong = cli().run(as.toArray(String[]::new));
      assertThat(wrong.status()).as("as " + wrongRole + ": " + wrong.err()).isEqualTo(3);
      assertThat(wrong.err()).contains(wrongRole).doesNotContain("Exception");
      // the needed role is named in Indonesian, never by its command-line id
      assertThat(wrong.err()).doesNotContain("peran chair", "peran verifier");
    }
    assertThat(dump()).as("the store is unchanged").isEqualTo(clean);
    assertThat(ws.resolve("keys/signing.p12")).doesNotExist();
    assertThat(tmp.resolve("out/paket.rekap")).doesNotExist();
    assertThat(tmp.resolve("out/d-hasil.pdf")).doesNotExist();
    assertThat(ws.resolve("replaced")).doesNotExist();
  }

  @Test
  void aMissingRoleIsNamedInTheUsersLanguage() {
    String[] open = {
      "--workspace", ws.toString(), "--user", "ani", "plenary", "open", "--place", "Aula"
    };
    assertThat(cli().run(open).err()).contains("perlu peran ketua");
    assertThat(cli().english().run(open).err()).contains("needs the role chair");
  }

  /**
   * {@code init} without {@code --admin} (the command-line contract) makes a workspace without an
   * account: its creation is {@code rekap:init}, nothing changes without a login, and the first
   * admin is made once without one.
   */
  @Test
  void aWorkspaceMadeWithoutAnAdminGetsItsFirstAdminBeforeAnythingElse() throws Exception {
    Path bare = tmp.resolve("bare-ws");
    CliRun run = cli().env("REKAP_NEW_PASSWORD", "tinta-biru-pleno-7");
    var init =
        run.run(
            "--workspace",
            bare.toString(),
            "init",
            "--level",
            "kabkota",
            "--region",
            "31.01",
            "--election",
            data.resolve(DemoData.ELECTION).toString());
    assertThat(init.status()).as(init.err()).isZero();
    String regions = data.resolve(DemoData.REGIONS).toString();
    var none = run.run("--workspace", bare.toString(), "regions", "import", regions);
    assertThat(none.status()).isEqualTo(3);
    assertThat(none.err()).contains("--user");
    var operator =
        run.run("--workspace", bare.toString(), "users", "add", "ani", "--role", "operator");
    assertThat(operator.status()).as("the first account is an admin").isEqualTo(3);
    var admin = run.run("--workspace", bare.toString(), "users", "add", "admin", "--role", "admin");
    assertThat(admin.status()).as(admin.err()).isZero();
    var second = run.run("--workspace", bare.toString(), "users", "add", "eka", "--role", "admin");
    assertThat(second.status()).as("only the first account needs no login").isEqualTo(3);
    try (Workspace w = Workspace.open(bare, CliRun.CLOCK)) {
      List<String> actors =
          WorkspaceInternals.database(w)
              .dsl()
              .fetch("select actor from audit_event order by seq")
              .getValues(0, String.class);
      assertThat(actors).containsExactly("rekap:init", "user:admin");
      assertThat(w.users().list()).hasSize(1);
    }
  }

  @Test
  void theAuditActorIsTheLoggedInUserWhateverTheSystemSays() throws Exception {
    Path copy = tmp.resolve("actor-ws");
    Files.createDirectories(copy);
    Files.copy(ws.resolve("rekap.mv.db"), copy.resolve("rekap.mv.db"));
    // the store opens only with its password file (ADR 0013)
    Files.copy(ws.resolve("database.key"), copy.resolve("database.key"));
    String before = System.getProperty("user.name");
    System.setProperty("user.name", "ketua");
    try {
      CliRun forged =
          cli()
              .env("USER", "ketua")
              .env("LOGNAME", "ketua")
              .env("USERNAME", "ketua")
              .env("REKAP_USER", "ketua");
      String[] objection = {
        "--workspace",
        copy.toString(),
        "objection",
        "add",
        "--kind",
        "kejadian",
        "--place",
        TPS,
        "--by",
        "Panwas",
        "--text",
        "listrik padam"
      };
      assertThat(forged.run(objection).status())
          .as("no user: the operating system's name does not count")
          .isEqualTo(3);
      String[] asAni = new String[objection.length + 2];
      asAni[0] = "--user";
      asAni[1] = "ani";
      System.arraycopy(objection, 0, asAni, 2, objection.length);
      var done = forged.run(asAni);
      assertThat(done.status()).as(done.err()).isZero();
    } finally {
      System.setProperty("user.name", before);
    }
    try (Workspace w = Workspace.open(copy, CliRun.CLOCK)) {
      var dsl = WorkspaceInternals.database(w).dsl();
      assertThat(
              dsl.fetchValue("select actor from audit_event order by seq desc limit 1").toString())
          .isEqualTo("user:ani");
      List<String> actors =
          dsl.fetch("select distinct actor from audit_event").getValues(0, String.class);
      assertThat(actors)
          .as("every event names a workspace account")
          .allMatch(a -> a.matches("user:[a-z0-9._-]+") || a.equals("unauthenticated"))
          .noneMatch(a -> a.startsWith("os:"));
    }
  }
}
