package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rekap keys init|show}: a PKCS#12 key whose certificate states the tally centre. */
class KeysCommandTest {
  @TempDir Path tmp;

  @Test
  void keysAreCreatedOnceAndShownWithThePassphrase() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    String ws = tmp.resolve("ws").toString();
    var cli = CliAccounts.cli(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", "frasa-sandi-kunci");
    CliAccounts.office(
        tmp.resolve("home"),
        tmp.resolve("ws"),
        "--level",
        "kabkota",
        "--region",
        "3101",
        "--election",
        data.resolve(DemoData.ELECTION).toString(),
        "--name",
        "KPU KEP. SERIBU");
    var byOperator = cli.run("--workspace", ws, "--user", "ani", "keys", "init");
    assertThat(byOperator.status()).as("the chair speaks for the centre").isEqualTo(3);
    assertThat(tmp.resolve("ws/keys/signing.p12")).doesNotExist();
    assertThat(cli.run("--workspace", ws, "keys", "show").status()).as("no key yet").isEqualTo(1);
    var init = cli.run("--workspace", ws, "--user", "ketua", "keys", "init");
    assertThat(init.status()).as(init.err()).isZero();
    assertThat(init.out())
        .contains("CN=KPU KEP. SERIBU")
        .contains("OU=kabkota")
        .contains("OU=official")
        .contains("L=3101")
        .contains("O=pemilu-2024")
        .contains("SHA-256");
    assertThat(tmp.resolve("ws/keys/signing.p12")).exists();
    assertThat(cli.run("--workspace", ws, "--user", "ketua", "keys", "init").status())
        .as("only once")
        .isEqualTo(3);
    assertThat(cli.run("--workspace", ws, "keys", "show").out()).isEqualTo(init.out());
    var wrong =
        new CliRun(tmp.resolve("home"))
            .env("REKAP_KEY_PASSPHRASE", "bukan-frasanya")
            .run("--workspace", ws, "keys", "show");
    assertThat(wrong.status()).isEqualTo(3);
    var shortPass =
        CliAccounts.cli(tmp.resolve("home"))
            .env("REKAP_KEY_PASSPHRASE", "pendek")
            .run("--workspace", tmp.resolve("ws2").toString(), "--user", "ketua", "keys", "init");
    assertThat(shortPass.status()).isNotZero();
    assertThat(cli.run("--workspace", ws, "audit", "verify").status()).isZero();
  }

  @Test
  void theCertificateIsExportedAsPemThatTheTrustListReads() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    String ws = tmp.resolve("ws").toString();
    var cli = CliAccounts.cli(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", "frasa-sandi-kunci");
    CliAccounts.office(
        tmp.resolve("home"),
        tmp.resolve("ws"),
        "--level",
        "kecamatan",
        "--region",
        "310101",
        "--election",
        data.resolve(DemoData.ELECTION).toString());
    Path pem = tmp.resolve("out/ppk-310101.pem");
    assertThat(cli.run("--workspace", ws, "keys", "export", "--out", pem.toString()).status())
        .as("no key yet")
        .isEqualTo(3);
    var init = cli.run("--workspace", ws, "--user", "ketua", "keys", "init");
    var export = cli.run("--workspace", ws, "keys", "export", "--out", pem.toString());
    assertThat(export.status()).as(export.err()).isZero();
    assertThat(export.out()).startsWith(init.out()).contains(pem.toString());
    String text = java.nio.file.Files.readString(pem);
    assertThat(text)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(text).doesNotContain("PRIVATE");
    var cert = id.rekap.core.trust.TrustList.read(pem);
    assertThat(export.out()).contains(id.rekap.signing.SigningKey.fingerprint(cert));
  }
}
