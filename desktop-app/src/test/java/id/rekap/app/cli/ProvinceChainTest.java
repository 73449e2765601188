package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, acceptance 1, through the command line on the real shape of DKI Jakarta (31): two PPK
 * (Kepulauan Seribu Utara 310101 and Cengkareng 317301, each with its real Sirekap files) send to
 * their two kab/kota (3101, 3173) over HTTPS on loopback; both kab/kota send to the KPU Provinsi
 * over HTTPS; the province's recap per kab/kota equals the PPK's data. A tampered package, a PPK's
 * package and a kab/kota package of another province (Kab. Bogor, 3201) are each refused at the
 * province, exit 3 with an Indonesian message, the store unchanged. A corrected kab/kota package
 * then comes in by file (a USB stick) and supersedes the first.
 */
class ProvinceChainTest {
  static final String KEY_PASS = "frasa sandi kunci uji";
  private static final String FIXTURES = "/fixtures/province-31/";

  @TempDir Path tmp;

  private CliRun cli() {
    return CliAccounts.cli(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", KEY_PASS);
  }

  private static CliRun.Result ok(CliRun cli, String... args) {
    var r = cli.run(args);
    assertThat(r.status()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
    return r;
  }

  /** A centre made as an office makes it: admin, chair ketua, operator ani, its signing key. */
  private String centre(String name, String level, String region, Path election, Path... regions) {
    Path ws = tmp.resolve(name);
    List<String> init =
        new ArrayList<>(
            List.of(
                "--workspace",
                ws.toString(),
                "init",
                "--level",
                level,
                "--region",
                region,
                "--election",
                election.toString(),
                "--admin",
                "admin"));
    for (Path r : regions) {
      init.add("--regions");
      init.add(r.toString());
    }
    ok(CliAccounts.cli(tmp.resolve("home")), init.toArray(String[]::new));
    CliAccounts.add(tmp.resolve("home"), ws, "ketua", "chair");
    CliAccounts.add(tmp.resolve("home"), ws, "ani", "operator");
    ok(cli(), "--workspace", ws.toString(), "--user", "ketua", "keys", "init");
    return ws.toString();
  }

  private SigningKey key(String ws) throws Exception {
    return SigningKey.load(Path.of(ws, "keys/signing.p12"), KEY_PASS.toCharArray());
  }

  private Path cert(String ws, String name) throws Exception {
    return Files.write(tmp.resolve(name + ".der"), key(ws).certificate().getEncoded());
  }

  private void trust(String receiver, Path cert) {
    ok(cli(), "--workspace", receiver, "--user", "ketua", "trust", "add", cert.toString());
  }

  /** Runs the receiver of {@code upstream} while the sender registers it and sends its outbox. */
  private void sendOverHttps(String sender, String upstream, String upstreamName) throws Exception {
    var sent = sendOverHttps(sender, upstream, upstreamName, 0);
    assertThat(sent.out()).contains("terkirim").contains("delivered");
  }

  /** The same, expecting the sync's exit status (1: refused by the receiver). */
  private CliRun.Result sendOverHttps(
      String sender, String upstream, String upstreamName, int status) throws Exception {
    SigningKey upKey = key(upstream);
    Path upCert = cert(upstream, upstreamName);
    try (Workspace receiving = Workspace.open(Path.of(upstream), CliRun.CLOCK);
        SyncReceiver receiver =
            receiving
                .receivePackages()
                .start(
                    Workspaces.CLERK,
                    upKey,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    SyncReceiver.Limits.standard())) {
      String url = "https://127.0.0.1:" + receiver.port();
      ok(
          cli(),
          "--workspace",
          sender,
          "--user",
          "ketua",
          "upstream",
          "set",
          "--url",
          url,
          "--cert",
          upCert.toString());
      var sent = cli().run("--workspace", sender, "--user", "ani", "sync");
      assertThat(sent.status()).as(sent.out() + sent.err()).isEqualTo(status);
      return sent;
    }
  }

  /** What the province holds of received packages: the packages and the result rows. */
  private static Map<String, List<String>> received(String prov) {
    try (Workspace ws = Workspace.open(Path.of(prov), CliRun.CLOCK)) {
      Map<String, List<String>> all = StoreDump.of(ws);
      return new TreeMap<>(
          Map.of(
              "PACKAGE_IN", all.get("PACKAGE_IN"),
              "PACKAGE_IN_ADOPTION", all.get("PACKAGE_IN_ADOPTION"),
              "TPS_RESULT", all.get("TPS_RESULT")));
    }
  }

  private Path export(String ws, String file, String... reason) {
    Path out = tmp.resolve(file);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--workspace",
                ws,
                "--user",
                "ketua",
                "package",
                "export",
                "--out",
                out.toString()));
    if (reason.length > 0) {
      args.addAll(List.of("--reason", reason[0]));
    }
    ok(cli(), args.toArray(String[]::new));
    return out;
  }

  @Test
  void twoPpkTwoKabKotaOneProvinceOverHttpsAndByFile() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    Path election = data.resolve(DemoData.ELECTION);
    Path seribu = data.resolve(DemoData.REGIONS);
    Path cengkareng = fixture("wilayah-317301.json");
    Path bogor = fixture("wilayah-320101.json");
    Path cengkarengFiles = tmp.resolve("cengkareng/ppwp");
    Files.createDirectories(cengkarengFiles);
    for (int i = 1; i <= 20; i++) {
      String f = String.format("3173011005%03d.json", i);
      Files.copy(fixture("ppwp-317301/" + f), cengkarengFiles.resolve(f));
    }
    var c = cli();

    String ppkA = centre("ppk-310101", "kecamatan", "310101", election, seribu);
    String ppkB = centre("ppk-317301", "kecamatan", "317301", election, cengkareng);
    ok(c, "--workspace", ppkA, "--user", "ani", "import", data.resolve("ppwp").toString());
    ok(c, "--workspace", ppkB, "--user", "ani", "import", cengkarengFiles.toString());
    String kabA = centre("kab-3101", "kabkota", "3101", election, seribu);
    String kabB = centre("kab-3173", "kabkota", "3173", election, cengkareng);
    String prov = centre("prov-31", "provinsi", "31", election, seribu, cengkareng);
    assertThat(ok(c, "--workspace", prov, "status").out()).contains("provinsi");

    trust(kabA, cert(ppkA, "ppk-a"));
    trust(kabB, cert(ppkB, "ppk-b"));
    trust(prov, cert(kabA, "kab-a"));
    trust(prov, cert(kabB, "kab-b"));
    // trusted at the province, so that the refusal below is for the level, not the signer
    trust(prov, cert(ppkA, "ppk-a"));

    // PPK -> kab/kota over HTTPS
    Path ppkPackage = export(ppkA, "310101-1.rekap");
    sendOverHttps(ppkA, kabA, "kab-a-tls");
    export(ppkB, "317301-1.rekap");
    sendOverHttps(ppkB, kabB, "kab-b-tls");

    // kab/kota -> province over HTTPS
    Path kabAPackage = export(kabA, "3101-1.rekap");
    sendOverHttps(kabA, prov, "prov-tls");
    export(kabB, "3173-1.rekap");
    sendOverHttps(kabB, prov, "prov-tls-2");
    var listed = ok(c, "--workspace", prov, "package", "list");
    assertThat(listed.out()).contains("3101").contains("3173");

    // the province's recap per kab/kota is the PPK data, kab/kota by kab/kota
    Map<String, JsonNode> province =
        rows(ok(c, "--workspace", prov, "recap", "--contest", "ppwp", "--level", "kabkota").out());
    Map<String, JsonNode> a =
        rows(
            ok(c, "--workspace", ppkA, "recap", "--contest", "ppwp", "--level", "kecamatan").out());
    Map<String, JsonNode> b =
        rows(
            ok(c, "--workspace", ppkB, "recap", "--contest", "ppwp", "--level", "kecamatan").out());
    assertThat(province.keySet()).containsExactly("3101", "3173");
    assertSameFigures(province.get("3101"), a.get("310101"));
    assertSameFigures(province.get("3173"), b.get("317301"));
    long sumValid = a.get("310101").path("valid").asLong() + b.get("317301").path("valid").asLong();
    assertThat(
            province.get("3101").path("valid").asLong()
                + province.get("3173").path("valid").asLong())
        .isEqualTo(sumValid)
        .isPositive();

    // status per kab/kota (issue 20 §1): what came from each, what is missing, what is adopted
    var status = ok(c, "--workspace", prov, "status");
    assertThat(status.out())
        .contains("Per kabupaten/kota, surat suara ppwp")
        .contains("Ditetapkan KPU Kab/Kota")
        .contains("paket 1 · ");
    JsonNode perKab =
        Json.mapper()
            .readTree(ok(c, "--workspace", prov, "status", "--format", "json").out())
            .path("contests")
            .get(0);
    assertThat(perKab.path("regionLevel").asText()).isEqualTo("kabkota");
    Map<String, JsonNode> byCode = new TreeMap<>();
    perKab.path("regions").forEach(r -> byCode.put(r.path("code").asText(), r));
    assertThat(byCode.keySet()).containsExactly("3101", "3173");
    for (String kab : byCode.keySet()) {
      JsonNode r = byCode.get(kab);
      assertThat(r.path("package").path("sequence").asInt()).as(kab).isEqualTo(1);
      assertThat(r.path("package").path("differences").asInt()).as(kab).isZero();
      assertThat(r.path("adopted").asBoolean()).as(kab).isFalse();
      assertThat(r.path("received").asInt())
          .as(kab)
          .isEqualTo(province.get(kab).path("tps").path("received").asInt());
      assertThat(r.path("missing").asInt())
          .isEqualTo(r.path("expected").asInt() - r.path("received").asInt());
    }

    // over HTTPS too: a PPK's package sent to the province is refused by its receiver with the
    // reason, and nothing of it is stored (the refusal itself is logged)
    Map<String, List<String>> held = received(prov);
    export(ppkA, "310101-2.rekap", "dikirim langsung ke provinsi");
    var refusedOverHttps = sendOverHttps(ppkA, prov, "prov-tls-3", 1);
    assertThat(refusedOverHttps.out())
        .contains("ditolak")
        .contains("hanya paket KPU Kabupaten/Kota");
    assertThat(received(prov)).isEqualTo(held);

    // refusals at the province: exit 3, one Indonesian line, nothing changed
    Path tampered = tampered(kabAPackage);
    refused(prov, tampered, "3101-rusak.rekap");
    refused(prov, ppkPackage, "hanya paket KPU Kabupaten/Kota");
    String kabBogor = centre("kab-3201", "kabkota", "3201", election, bogor);
    trust(prov, cert(kabBogor, "kab-bogor"));
    Path bogorPackage = export(kabBogor, "3201-1.rekap");
    refused(prov, bogorPackage, "bukan kabupaten/kota di provinsi 31");

    // a corrected kab/kota package comes by file (USB) and supersedes the first
    Path usb = Files.createDirectories(tmp.resolve("usb"));
    Path second = export(kabA, "usb/3101-2.rekap", "kirim ulang lewat USB");
    assertThat(second.getParent()).isEqualTo(usb);
    var imported =
        ok(c, "--workspace", prov, "--user", "ani", "package", "import", second.toString());
    assertThat(imported.out()).contains("3101");
    Map<String, JsonNode> after =
        rows(ok(c, "--workspace", prov, "recap", "--contest", "ppwp", "--level", "kabkota").out());
    assertSameFigures(after.get("3101"), a.get("310101"));
    assertThat(ok(c, "--workspace", prov, "audit", "verify").status()).isZero();

    // the province's own package, for the KPU RI (ADR 0035): signed and verifiable as any package
    Path provPackage = export(prov, "31-1.rekap");
    var verified =
        ok(c, "verify", provPackage.toString(), "--trust", cert(prov, "prov").toString());
    assertThat(verified.out()).contains("SAH").contains("Tingkat: provinsi; wilayah: 31");
  }

  private void refused(String prov, Path pkg, String says) {
    Map<String, List<String>> before;
    try (Workspace ws = Workspace.open(Path.of(prov), CliRun.CLOCK)) {
      before = StoreDump.of(ws);
    }
    var r = cli().run("--workspace", prov, "--user", "ani", "package", "import", pkg.toString());
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.err()).contains(says).doesNotContain("Exception").doesNotContain("package.error");
    try (Workspace ws = Workspace.open(Path.of(prov), CliRun.CLOCK)) {
      assertThat(StoreDump.of(ws)).as("store unchanged").isEqualTo(before);
    }
  }

  /** The package with one TPS code in its rows changed: the entry no longer has its hash. */
  private Path tampered(Path pkg) throws IOException {
    byte[] bytes = Files.readAllBytes(pkg);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("\"tps\":\"3101011001001\"");
    assertThat(at).isPositive();
    bytes[at + "\"tps\":\"3101011001".length()] = '9';
    return Files.write(tmp.resolve("3101-rusak.rekap"), bytes);
  }

  private static Map<String, JsonNode> rows(String json) throws IOException {
    Map<String, JsonNode> out = new TreeMap<>();
    for (JsonNode r : Json.mapper().readTree(json).path("rows")) {
      out.put(r.path("code").asText(), r);
    }
    return out;
  }

  /**
   * Every figure (votes, valid, invalid, total, admin, TPS received); not names or expected TPS.
   */
  private static void assertSameFigures(JsonNode province, JsonNode ppk) {
    assertThat(province).isNotNull();
    assertThat(province.path("choices")).isEqualTo(ppk.path("choices"));
    assertThat(province.path("admin")).isEqualTo(ppk.path("admin"));
    for (String f : List.of("valid", "invalid", "total")) {
      assertThat(province.path(f)).as(f).isEqualTo(ppk.path(f));
    }
    assertThat(province.path("tps").path("received")).isEqualTo(ppk.path("tps").path("received"));
  }

  private Path fixture(String name) throws IOException {
    Path out = tmp.resolve("fixtures").resolve(name);
    Files.createDirectories(out.getParent());
    if (!Files.exists(out)) {
      try (InputStream in = ProvinceChainTest.class.getResourceAsStream(FIXTURES + name)) {
        assertThat(in).as(name).isNotNull();
        Files.copy(in, out);
      }
    }
    return out;
  }
}
