package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plenary through the command line: users, double entry, resolution, adoption, correction. */
class PlenaryCommandsTest {
  static final String TPS = "3101011001001";
  static final String ADMIN_PASSWORD = "gerbang-uji-91";
  static final String TEMPORARY = CliAccounts.TEMPORARY;
  static final String PASSWORD = CliAccounts.PASSWORD;
  @TempDir Path tmp;

  private CliRun as(String password) {
    return new CliRun(tmp.resolve("home"))
        .env("REKAP_PASSWORD", password)
        .env("REKAP_NEW_PASSWORD", TEMPORARY);
  }

  private CliRun.Result run(String password, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = tmp.resolve("ws").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return as(password).run(all);
  }

  @Test
  void aFormIsKeyedTwiceSettledAdoptedAndCorrected() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    assertThat(
            run(
                    "admin-rahasia",
                    "init",
                    "--level",
                    "kabkota",
                    "--region",
                    "3101",
                    "--election",
                    data.resolve(DemoData.ELECTION).toString(),
                    "--admin",
                    "admin")
                .status())
        .as("a trivial password is refused")
        .isEqualTo(3);
    assertThat(tmp.resolve("ws")).doesNotExist();
    assertThat(
            run(
                    ADMIN_PASSWORD,
                    "init",
                    "--level",
                    "kabkota",
                    "--region",
                    "3101",
                    "--election",
                    data.resolve(DemoData.ELECTION).toString(),
                    "--admin",
                    "admin",
                    "--regions",
                    data.resolve(DemoData.REGIONS).toString())
                .status())
        .isZero();
    // REKAP_NEW_PASSWORD gives each new user the temporary password "kertas-sementara-3".
    assertThat(
            run("wrong-password", "--user", "admin", "users", "add", "ani", "--role", "operator")
                .status())
        .isEqualTo(3);
    for (String[] u :
        new String[][] {
          {"ani", "operator"}, {"budi", "operator"}, {"citra", "verifier"}, {"ketua", "chair"}
        }) {
      var added = run(ADMIN_PASSWORD, "--user", "admin", "users", "add", u[0], "--role", u[1]);
      assertThat(added.status()).as(added.err()).isZero();
      assertThat(added.out()).contains("sementara");
      assertThat(run(TEMPORARY, "--user", u[0], "entry", "list").status())
          .as("reading needs no login")
          .isZero();
      var early = run(TEMPORARY, "--user", u[0], "import", data.resolve("ppwp").toString());
      assertThat(early.status()).as("the temporary password must be replaced first").isEqualTo(3);
      assertThat(early.err()).contains("password");
      var changed =
          new CliRun(tmp.resolve("home"))
              .env("REKAP_PASSWORD", TEMPORARY)
              .env("REKAP_NEW_PASSWORD", PASSWORD)
              .run("--workspace", tmp.resolve("ws").toString(), "--user", u[0], "password");
      assertThat(changed.status()).as(changed.err()).isZero();
    }
    assertThat(run(PASSWORD, "--user", "ani", "import", data.resolve("ppwp").toString()).status())
        .isZero();
    String[] form = {
      "key",
      "--contest",
      "ppwp",
      "--tps",
      TPS,
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
      "dpt=292"
    };
    var first = run(PASSWORD, concat(new String[] {"--user", "ani"}, form));
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(run(PASSWORD, concat(new String[] {"--user", "ani"}, form)).status())
        .as("same user twice")
        .isEqualTo(3);
    form[8] = "choices.2=101";
    var second = run(PASSWORD, concat(new String[] {"--user", "budi"}, form));
    assertThat(second.status()).isEqualTo(1);
    assertThat(second.out()).contains("choices.2").contains("107").contains("101");
    assertThat(run("x", "entry", "list").out()).contains(TPS);
    var resolved =
        run(
            PASSWORD,
            "--user",
            "citra",
            "entry",
            "resolve",
            "--contest",
            "ppwp",
            "--tps",
            TPS,
            "--set",
            "choices.2=107");
    assertThat(resolved.status()).as(resolved.err()).isZero();

    JsonNode plano =
        Json.mapper()
            .readTree(
                run("x", "recap", "--contest", "ppwp", "--level", "tps", "--source", "chasil")
                    .out());
    JsonNode sirekap =
        Json.mapper()
            .readTree(
                run("x", "recap", "--contest", "ppwp", "--level", "tps", "--source", "sirekap")
                    .out());
    assertThat(row(plano, TPS).path("admin").path("users").asInt()).isEqualTo(233);
    assertThat(row(sirekap, TPS).path("admin").path("users").asInt()).isEqualTo(292);

    assertThat(
            run(PASSWORD, "--user", "ketua", "adopt", "--contest", "ppwp", "--code", TPS).status())
        .isZero();
    var refused =
        run(
            PASSWORD,
            "--user",
            "ketua",
            "correct",
            "--contest",
            "ppwp",
            "--tps",
            TPS,
            "--set",
            "invalid=6",
            "--evidence",
            "plano",
            "--proposed-by",
            "saksi 01");
    assertThat(refused.status()).as("no reason").isEqualTo(3);
    var corrected =
        run(
            PASSWORD,
            "--user",
            "ketua",
            "correct",
            "--contest",
            "ppwp",
            "--tps",
            TPS,
            "--set",
            "invalid=6",
            "--set",
            "total=234",
            "--reason",
            "dibaca ulang dari plano",
            "--evidence",
            "plano",
            "--proposed-by",
            "saksi 01");
    assertThat(corrected.status()).as(corrected.err()).isZero();
    assertThat(run("x", "correct", "--contest", "ppwp", "--tps", TPS, "--history").out())
        .contains("invalid")
        .contains("total")
        .contains("ketua");

    assertThat(
            run(
                    PASSWORD,
                    "--user",
                    "ani",
                    "objection",
                    "add",
                    "--kind",
                    "keberatan",
                    "--place",
                    TPS,
                    "--contest",
                    "ppwp",
                    "--by",
                    "Saksi paslon 01",
                    "--text",
                    "Suara tidak sah dihitung salah")
                .status())
        .isZero();
    assertThat(
            run(
                    PASSWORD,
                    "--user",
                    "ketua",
                    "objection",
                    "respond",
                    "1",
                    "--response",
                    "Dikoreksi",
                    "--decision",
                    "accepted")
                .status())
        .isZero();
    assertThat(run("x", "objection", "list").out())
        .contains("#1")
        .contains("accepted")
        .contains("Saksi paslon 01");
    assertThat(run("x", "audit", "verify").status()).isZero();
  }

  private static JsonNode row(JsonNode doc, String code) {
    for (JsonNode r : doc.path("rows")) {
      if (r.path("code").asText().equals(code)) {
        return r;
      }
    }
    throw new AssertionError(code);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
