package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rekap report --sign} and {@code rekap verify} of signed forms: valid with the signer's
 * certificate, not valid without it or after tampering, nothing written without a key.
 */
class ReportSignCommandTest {
  static final String PASSPHRASE = "frasa-sandi-kunci";
  @TempDir Path tmp;
  private CliRun cli;
  private String ws;

  @BeforeEach
  void demoWorkspace() {
    cli = new CliRun(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", PASSPHRASE);
    ws = tmp.resolve("ws").toString();
    assertThat(cli.run("--workspace", ws, "demo", "--no-gui").status()).isZero();
  }

  private CliRun.Result report(String format, Path out, String... more) {
    String[] base = {
      "--workspace",
      ws,
      "report",
      "--contest",
      "ppwp",
      "--form",
      "d-hasil",
      "--format",
      format,
      "--out",
      out.toString()
    };
    return cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  private Path certificate() throws Exception {
    Path cert = tmp.resolve("ppk.der");
    Files.write(
        cert,
        id.rekap.signing.SigningKey.load(
                tmp.resolve("ws/keys/signing.p12"), PASSPHRASE.toCharArray())
            .certificate()
            .getEncoded());
    return cert;
  }

  @Test
  void aSignedPdfVerifiesWithTheTrustedCertificateOnly() throws Exception {
    assertThat(cli.run("--workspace", ws, "keys", "init").status()).isZero();
    Path pdf = tmp.resolve("out/d-hasil.pdf");
    var draft = report("pdf", pdf, "--sign");
    assertThat(draft.status()).isEqualTo(3);
    assertThat(draft.err()).contains("DRAFT").contains("--sign-draft");
    assertThat(pdf).doesNotExist();
    var written = report("pdf", pdf, "--sign", "--sign-draft");
    assertThat(written.status()).as(written.err()).isZero();
    assertThat(written.out()).contains("Ditandatangani oleh");
    Path cert = certificate();
    var ok = cli.run("verify", pdf.toString(), "--trust", cert.toString());
    assertThat(ok.status()).as(ok.out()).isZero();
    assertThat(ok.out())
        .contains("SAH")
        .contains("Jenis: PDF")
        .contains("Tingkat: kabkota; wilayah: 3101")
        .contains("Waktu tanda tangan: 2024-02-20T10:15:30Z")
        .contains("Isi utuh: ya")
        .contains("Penanda tangan dipercaya: ya");
    var untrusted = cli.run("verify", pdf.toString());
    assertThat(untrusted.status()).isEqualTo(1);
    assertThat(untrusted.out())
        .contains("Isi utuh: ya")
        .contains("Penanda tangan dipercaya: tidak");
    // one hex digit of the signature's padding changed: outside the signed range, still detected
    byte[] bytes = Files.readAllBytes(pdf);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int padding = text.lastIndexOf("0000>");
    bytes[padding] = '1';
    Path tampered = Files.write(tmp.resolve("tampered.pdf"), bytes);
    var bad = cli.run("verify", tampered.toString(), "--trust", cert.toString());
    assertThat(bad.status()).as(bad.out()).isEqualTo(1);
    assertThat(bad.out()).contains("TIDAK SAH").contains("Isi utuh: tidak");
  }

  @Test
  void aSignedXlsxVerifiesAndATamperedOneDoesNot() throws Exception {
    assertThat(cli.run("--workspace", ws, "keys", "init").status()).isZero();
    Path xlsx = tmp.resolve("d-hasil.xlsx");
    var written = report("xlsx", xlsx, "--sign", "--sign-draft");
    assertThat(written.status()).as(written.err()).isZero();
    Path cert = certificate();
    var ok = cli.run("--workspace", ws, "verify", xlsx.toString(), "--trust", cert.toString());
    assertThat(ok.status()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("Jenis: XLSX").contains("wilayah: 3101");
    assertThat(cli.run("verify", xlsx.toString()).status()).isEqualTo(1);
    byte[] bytes = Files.readAllBytes(xlsx);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<sheetData>") + 20;
    bytes[at] ^= 0x01;
    Path tampered = Files.write(tmp.resolve("tampered.xlsx"), bytes);
    var bad = cli.run("verify", tampered.toString(), "--trust", cert.toString());
    assertThat(bad.status()).as(bad.out()).isEqualTo(1);
  }

  @Test
  void withoutAKeyNothingIsWritten() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    var refused = report("pdf", out, "--sign");
    assertThat(refused.status()).isEqualTo(3);
    assertThat(refused.err()).contains("rekap keys init");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aWrongPassphraseWritesNothingAndIsNotEchoed() throws Exception {
    assertThat(cli.run("--workspace", ws, "keys", "init").status()).isZero();
    Path out = Files.createDirectories(tmp.resolve("out"));
    var wrong = cli.env("REKAP_KEY_PASSPHRASE", "bukan-frasa-yang-benar");
    var refused =
        wrong.run(
            "--workspace",
            ws,
            "report",
            "--contest",
            "ppwp",
            "--form",
            "d-hasil",
            "--format",
            "xlsx",
            "--out",
            out.toString(),
            "--sign");
    assertThat(refused.status()).isEqualTo(3);
    assertThat(refused.out() + refused.err()).doesNotContain("bukan-frasa-yang-benar");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }
}
