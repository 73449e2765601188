package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import id.rekap.core.support.StoreDump;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rekap serve} itself, as a KPU Kabupaten/Kota runs it, on the store the run is on (H2, and
 * a PostgreSQL workspace in the PostgreSQL run; issue 20 §2): a package of a PPK the kab/kota does
 * not trust is refused over HTTPS and leaves the store as it was; the trusted PPK's package lands,
 * and the audit chain verifies.
 */
class ServeCommandTest {
  static final String KEY_PASS = "frasa sandi kunci uji";

  @TempDir Path tmp;

  private CliRun cli() {
    return CliAccounts.cli(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", KEY_PASS);
  }

  private static CliRun.Result ok(CliRun cli, String... args) {
    var r = cli.run(args);
    assertThat(r.status()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
    return r;
  }

  private String centre(Path data, String name, String level, String region) {
    Path ws = tmp.resolve(name);
    CliAccounts.office(
        tmp.resolve("home"),
        ws,
        "--level",
        level,
        "--region",
        region,
        "--election",
        data.resolve(DemoData.ELECTION).toString(),
        "--regions",
        data.resolve(DemoData.REGIONS).toString());
    ok(cli(), "--workspace", ws.toString(), "--user", "ketua", "keys", "init");
    return ws.toString();
  }

  @Test
  void aBadPackageIsRefusedAndAGoodOneLandsThroughServe() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    var c = cli();
    String kab = centre(data, "kab", "kabkota", "3101");
    String ppk = centre(data, "ppk", "kecamatan", "310101");
    String stranger = centre(data, "ppk-lain", "kecamatan", "310102");
    ok(c, "--workspace", ppk, "--user", "ani", "import", data.resolve("ppwp").toString());
    ok(c, "--workspace", kab, "--user", "ketua", "trust", "add", cert(ppk, "ppk").toString());
    Path kabCert = cert(kab, "kab");
    for (String sender : List.of(ppk, stranger)) {
      ok(
          c,
          "--workspace",
          sender,
          "--user",
          "ketua",
          "package",
          "export",
          "--out",
          tmp.resolve(Path.of(sender).getFileName() + "-1.rekap").toString());
    }
    Map<String, List<String>> before = dump(kab);

    // the PPK nobody trusts here: refused over HTTPS, nothing stored
    int port = freePort();
    var serve =
        c.start(
            "--workspace",
            kab,
            "--user",
            "ani",
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            "" + port);
    awaitListening(serve, port);
    upstream(stranger, port, kabCert);
    var refused = c.run("--workspace", stranger, "--user", "ani", "sync");
    assertThat(refused.status()).as(refused.out() + refused.err()).isEqualTo(1);
    assertThat(refused.out()).contains("ditolak").contains("tidak dipercaya");
    assertThat(serve.stop()).as(serve.err().toString()).isZero();
    Map<String, List<String>> after = dump(kab);
    for (String table : List.of("PACKAGE_IN", "PACKAGE_IN_ADOPTION", "TPS_RESULT", "ADOPTION")) {
      assertThat(after.get(table)).as(table + " unchanged").isEqualTo(before.get(table));
    }

    // the trusted PPK: its package lands in the kab/kota's store
    serve =
        c.start(
            "--workspace",
            kab,
            "--user",
            "ani",
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            "" + port);
    awaitListening(serve, port);
    upstream(ppk, port, kabCert);
    var sent = ok(c, "--workspace", ppk, "--user", "ani", "sync");
    assertThat(sent.out()).contains("#1 terkirim").contains("delivered");
    assertThat(serve.stop()).as(serve.err().toString()).isZero();
    assertThat(serve.err().toString()).doesNotContain("Exception");
    Map<String, List<String>> landed = dump(kab);
    assertThat(landed.get("PACKAGE_IN")).hasSize(1).allMatch(r -> r.contains("310101"));
    assertThat(landed.get("TPS_RESULT")).hasSizeGreaterThan(before.get("TPS_RESULT").size());
    assertThat(ok(c, "--workspace", kab, "package", "list").out()).contains("310101");
    ok(c, "--workspace", kab, "audit", "verify");

    // status per kecamatan: 310101's package in force, 310102 still without one
    var status = ok(c, "--workspace", kab, "status");
    assertThat(status.out())
        .contains("Per kecamatan, surat suara ppwp")
        .contains("belum ada paket");
    JsonNode ppwp =
        Json.mapper()
            .readTree(ok(c, "--workspace", kab, "status", "--format", "json").out())
            .path("contests")
            .get(0);
    assertThat(ppwp.path("regionLevel").asText()).isEqualTo("kecamatan");
    JsonNode utara = ppwp.path("regions").get(0);
    JsonNode selatan = ppwp.path("regions").get(1);
    assertThat(utara.path("code").asText()).isEqualTo("310101");
    assertThat(utara.path("package").path("sequence").asInt()).isEqualTo(1);
    assertThat(utara.path("received").asInt()).isPositive();
    assertThat(selatan.path("code").asText()).isEqualTo("310102");
    assertThat(selatan.path("package").isNull()).isTrue();
    assertThat(selatan.path("missing").asInt()).isEqualTo(selatan.path("expected").asInt());
  }

  private void upstream(String sender, int port, Path cert) {
    ok(
        cli(),
        "--workspace",
        sender,
        "--user",
        "ketua",
        "upstream",
        "set",
        "--url",
        "https://127.0.0.1:" + port,
        "--cert",
        cert.toString());
  }

  private Path cert(String ws, String name) throws Exception {
    SigningKey key = SigningKey.load(Path.of(ws, "keys/signing.p12"), KEY_PASS.toCharArray());
    return Files.write(tmp.resolve(name + ".der"), key.certificate().getEncoded());
  }

  private static Map<String, List<String>> dump(String ws) {
    try (Workspace w = Workspace.open(Path.of(ws), CliRun.CLOCK)) {
      return new TreeMap<>(StoreDump.of(w));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Until serve says it listens (it prints the address once the receiver is up). */
  private static void awaitListening(CliRun.Running serve, int port) throws InterruptedException {
    long until = System.nanoTime() + 120_000_000_000L;
    while (!serve.out().toString().contains("127.0.0.1:" + port)) {
      assertThat(serve.thread().isAlive()).as("serve: " + serve.err()).isTrue();
      assertThat(System.nanoTime()).as("serve did not start").isLessThan(until);
      Thread.sleep(50);
    }
  }
}
