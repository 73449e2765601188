package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import id.rekap.signing.CanonicalZip;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.Sha256;
import id.rekap.signing.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiving side through the command line: {@code trust add|list|remove} (chair, with --user),
 * {@code package import} and {@code import FILE.rekap}, {@code package list} with both versions,
 * {@code verify} using the workspace's trust list, and their exit statuses.
 */
class PackageImportCommandTest {
  static final String KEY_PASS = "frasa-sandi-kunci";
  @TempDir Path tmp;

  private CliRun cli() {
    return CliAccounts.cli(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", KEY_PASS);
  }

  /** A workspace with the office's accounts (CliAccounts). */
  private void office(String ws, String... initArgs) {
    CliAccounts.office(tmp.resolve("home"), Path.of(ws), initArgs);
  }

  private CliRun.Result ok(CliRun cli, String... args) {
    var r = cli.run(args);
    assertThat(r.status()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
    return r;
  }

  @Test
  void aKabupatenTrustsImportsListsAndVerifiesPpkPackages() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    String ppk = tmp.resolve("ppk").toString();
    String kab = tmp.resolve("kab").toString();
    var c = cli();
    office(
        ppk,
        "--level",
        "kecamatan",
        "--region",
        "310101",
        "--election",
        data.resolve(DemoData.ELECTION).toString(),
        "--name",
        "PPK KEPULAUAN SERIBU UTARA");
    ok(
        c,
        "--workspace",
        ppk,
        "--user",
        "ani",
        "regions",
        "import",
        data.resolve(DemoData.REGIONS).toString());
    ok(c, "--workspace", ppk, "--user", "ani", "import", data.resolve("ppwp").toString());
    ok(c, "--workspace", ppk, "--user", "ketua", "keys", "init");
    Path p1 = tmp.resolve("310101-1.rekap");
    ok(c, "--workspace", ppk, "--user", "ketua", "package", "export", "--out", p1.toString());
    Path p2 = tmp.resolve("310101-2.rekap");
    ok(
        c,
        "--workspace",
        ppk,
        "--user",
        "ketua",
        "package",
        "export",
        "--out",
        p2.toString(),
        "--reason",
        "koreksi TPS 001");
    SigningKey key = SigningKey.load(tmp.resolve("ppk/keys/signing.p12"), KEY_PASS.toCharArray());
    Path cert = Files.write(tmp.resolve("ppk.der"), key.certificate().getEncoded());

    office(kab, "--level", "kabkota", "--region", "3101", "--election", election(data));
    ok(
        c,
        "--workspace",
        kab,
        "--user",
        "ani",
        "regions",
        "import",
        data.resolve(DemoData.REGIONS).toString());

    // Untrusted: refused with exit 3; verify in the workspace says untrusted (exit 1).
    var untrusted = c.run("--workspace", kab, "--user", "ani", "package", "import", p1.toString());
    assertThat(untrusted.status()).isEqualTo(3);
    assertThat(untrusted.err()).contains("tidak dipercaya");
    assertThat(c.run("--workspace", kab, "verify", p1.toString()).status()).isEqualTo(1);

    // trust add: needs a user who is the chair (not an operator, not the admin).
    assertThat(c.run("--workspace", kab, "trust", "add", cert.toString()).status()).isEqualTo(3);
    assertThat(
            c.run("--workspace", kab, "--user", "admin", "trust", "add", cert.toString()).status())
        .isEqualTo(3);
    var operator = cli().run("--workspace", kab, "--user", "ani", "trust", "add", cert.toString());
    assertThat(operator.status()).isEqualTo(3);
    var chair = cli();
    var added =
        ok(
            chair,
            "--workspace",
            kab,
            "--user",
            "ketua",
            "trust",
            "add",
            cert.toString(),
            "--note",
            "PPK Kep. Seribu Utara, diserahkan langsung");
    String fingerprint = SigningKey.fingerprint(key.certificate());
    assertThat(added.out()).contains(fingerprint);
    assertThat(ok(c, "--workspace", kab, "trust", "list").out())
        .contains(fingerprint)
        .contains("aktif")
        .contains("diserahkan langsung");
    assertThat(ok(c, "--workspace", kab, "verify", p1.toString()).out()).contains("SAH");

    // Import: package import, then the generic import of a .rekap file, which is a no-op now.
    assertThat(ok(c, "--workspace", kab, "--user", "ani", "package", "import", p1.toString()).out())
        .contains("310101")
        .contains("diimpor");
    assertThat(ok(c, "--workspace", kab, "--user", "ani", "import", p1.toString()).out())
        .contains("tidak ada yang berubah");
    assertThat(ok(c, "--workspace", kab, "--user", "ani", "import", p2.toString()).out())
        .contains("menggantikan urutan 1");
    var list = ok(c, "--workspace", kab, "package", "list").out();
    assertThat(list)
        .contains("#1")
        .contains("diganti")
        .contains("#2")
        .contains("berlaku")
        .contains("koreksi TPS 001")
        .contains("L=310101");
    var english =
        new CliRun(tmp.resolve("home")).english().run("--workspace", kab, "package", "list");
    assertThat(english.out()).contains("superseded").contains("current");
    assertThat(c.run("--workspace", kab, "--user", "ani", "package", "import", p1.toString()).out())
        .as("the first package again is still a no-op")
        .contains("tidak ada yang berubah");

    // A package whose declared totals differ from its rows: stored, exit 1, R22 named.
    Path r22 = resigned(p2, tmp.resolve("310101-3.rekap"), key);
    var flagged = c.run("--workspace", kab, "--user", "ani", "package", "import", r22.toString());
    assertThat(flagged.status()).as(flagged.err()).isEqualTo(1);
    assertThat(flagged.out()).contains("R22").contains("310101").contains("valid");
    assertThat(c.run("--workspace", kab, "check").out()).contains("R22");

    // A broken file: exit 3.
    Path junk = Files.writeString(tmp.resolve("junk.rekap"), "bukan paket");
    assertThat(
            c.run("--workspace", kab, "--user", "ani", "package", "import", junk.toString())
                .status())
        .isEqualTo(3);

    // trust remove keeps the history; verify in the workspace no longer trusts the sender.
    ok(chair, "--workspace", kab, "--user", "ketua", "trust", "remove", fingerprint);
    assertThat(ok(c, "--workspace", kab, "trust", "list").out()).contains("dicabut oleh ketua");
    assertThat(c.run("--workspace", kab, "verify", p1.toString()).status()).isEqualTo(1);
    assertThat(
            chair
                .run("--workspace", kab, "--user", "ketua", "trust", "remove", fingerprint)
                .status())
        .isEqualTo(3);
    assertThat(ok(c, "--workspace", kab, "audit", "verify").out()).isNotBlank();

    // A PPK workspace does not import packages.
    assertThat(
            c.run("--workspace", ppk, "--user", "ani", "package", "import", p1.toString()).status())
        .isEqualTo(3);
  }

  @Test
  void keysImportTakesTheFilePassphraseFromTheEnvironment() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    String ws = tmp.resolve("ws").toString();
    var c = cli();
    office(
        ws,
        "--level",
        "kecamatan",
        "--region",
        "310101",
        "--election",
        data.resolve(DemoData.ELECTION).toString(),
        "--name",
        "PPK KEPULAUAN SERIBU UTARA");
    // A PKCS#12 made by another tool: here, another workspace's key file.
    String other = tmp.resolve("other").toString();
    office(
        other,
        "--level",
        "kecamatan",
        "--region",
        "310101",
        "--election",
        data.resolve(DemoData.ELECTION).toString(),
        "--name",
        "PPK LAMA");
    ok(
        cli().env("REKAP_KEY_PASSPHRASE", "frasa-berkas-lama"),
        "--workspace",
        other,
        "--user",
        "ketua",
        "keys",
        "init");
    Path p12 = tmp.resolve("other/keys/signing.p12");
    var wrong =
        cli()
            .env("REKAP_IMPORT_PASSPHRASE", "bukan-ini")
            .run("--workspace", ws, "--user", "ketua", "keys", "import", p12.toString());
    assertThat(wrong.status()).isEqualTo(3);
    var imported =
        ok(
            cli().env("REKAP_IMPORT_PASSPHRASE", "frasa-berkas-lama"),
            "--workspace",
            ws,
            "--user",
            "ketua",
            "keys",
            "import",
            p12.toString());
    assertThat(imported.out()).contains("L=310101").contains("SHA-256");
    assertThat(ok(c, "--workspace", ws, "keys", "show").out()).isEqualTo(imported.out());
    var again =
        cli()
            .env("REKAP_IMPORT_PASSPHRASE", "frasa-berkas-lama")
            .run("--workspace", ws, "--user", "ketua", "keys", "import", p12.toString());
    assertThat(again.status()).as("a key exists already").isEqualTo(3);
  }

  private static String election(Path data) {
    return data.resolve(DemoData.ELECTION).toString();
  }

  /** The package with its kecamatan "valid" total changed, re-hashed and re-signed by the PPK. */
  private static Path resigned(Path pkg, Path out, SigningKey key) throws Exception {
    Map<String, byte[]> entries = new TreeMap<>();
    byte[] manifest = null;
    try (var in = new ZipInputStream(Files.newInputStream(pkg))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("manifest.json")) {
          manifest = b;
        } else if (!e.getName().equals("manifest.json.p7s")) {
          entries.put(e.getName(), b);
        }
      }
    }
    String agg = new String(entries.get("aggregates/ppwp-kecamatan.json"), StandardCharsets.UTF_8);
    entries.put(
        "aggregates/ppwp-kecamatan.json",
        agg.replaceFirst("\"valid\":\\d+", "\"valid\":7").getBytes(StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    Map<String, Object> m = Json.mapper().readValue(manifest, LinkedHashMap.class);
    Map<String, String> hashes = new TreeMap<>();
    entries.forEach((n, b) -> hashes.put(n, Sha256.hex(b)));
    m.put("entries", hashes);
    m.put("sequence", 3);
    byte[] mb = Json.canonicalOrdered(m).getBytes(StandardCharsets.UTF_8);
    // written as Rekap writes packages: the canonical layout the reader demands
    LinkedHashMap<String, byte[]> all = new LinkedHashMap<>();
    all.put("manifest.json", mb);
    all.put("manifest.json.p7s", CmsSignature.sign(mb, key, CliRun.CLOCK));
    all.putAll(entries);
    return Files.write(out, CanonicalZip.write(all));
  }
}
