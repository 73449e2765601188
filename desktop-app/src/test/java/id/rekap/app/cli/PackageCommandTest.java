package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed recap package: export, verify (trusted or not), tampering detected. */
class PackageCommandTest {
  @TempDir Path tmp;

  @Test
  void aPackageIsSignedNumberedAndVerified() throws Exception {
    var cli =
        new CliRun(tmp.resolve("home"))
            .env("REKAP_PASSWORD", id.rekap.core.demo.DemoData.PASSWORD)
            .env("REKAP_KEY_PASSPHRASE", "frasa-sandi-kunci");
    String ws = tmp.resolve("ws").toString();
    assertThat(cli.run("--workspace", ws, "demo", "--no-gui").status()).isZero();
    var keys = cli.run("--workspace", ws, "--user", "ketua", "keys", "init");
    assertThat(keys.status()).as(keys.err()).isZero();
    Path pkg = tmp.resolve("kep-seribu.rekap");
    var export =
        cli.run("--workspace", ws, "--user", "ketua", "package", "export", "--out", pkg.toString());
    assertThat(export.status()).as(export.err()).isZero();
    try (ZipFile zip = new ZipFile(pkg.toFile())) {
      assertThat(zip.getEntry("manifest.json")).isNotNull();
      assertThat(zip.getEntry("manifest.json.p7s")).isNotNull();
      assertThat(zip.getEntry("results.json")).isNotNull();
      assertThat(zip.getEntry("aggregates/ppwp-kecamatan.json")).isNotNull();
      var manifest = Json.mapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
      assertThat(manifest.path("format").asText()).isEqualTo("rekap-package/1");
      assertThat(manifest.path("sequence").asInt()).isEqualTo(1);
      assertThat(manifest.path("sender").path("region").asText()).isEqualTo("3101");
    }
    // Untrusted without the sender's certificate; valid with it.
    assertThat(cli.run("verify", pkg.toString()).status()).isEqualTo(1);
    Path cert = tmp.resolve("ppk.der");
    var keyFile = tmp.resolve("ws/keys/signing.p12");
    Files.write(
        cert,
        id.rekap.signing.SigningKey.load(keyFile, "frasa-sandi-kunci".toCharArray())
            .certificate()
            .getEncoded());
    var ok = cli.run("verify", pkg.toString(), "--trust", cert.toString());
    assertThat(ok.status()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("kabkota 3101");
    // A second export has the next sequence number.
    assertThat(
            cli.run(
                    "--workspace",
                    ws,
                    "--user",
                    "ketua",
                    "package",
                    "export",
                    "--out",
                    tmp.resolve("second.rekap").toString(),
                    "--reason",
                    "koreksi TPS 001")
                .status())
        .isZero();
    // Tampering with any entry is detected.
    Path tampered = tmp.resolve("tampered.rekap");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(pkg));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("results.json")) {
          bytes =
              new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                  .replaceFirst("\"choices.1\":\\d+", "\"choices.1\":999")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    var bad = cli.run("verify", tampered.toString(), "--trust", cert.toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.out()).contains("results.json");
    Path notZip = Files.writeString(tmp.resolve("x.rekap"), "not a zip");
    assertThat(cli.run("verify", notZip.toString()).status()).isEqualTo(3);
  }
}
