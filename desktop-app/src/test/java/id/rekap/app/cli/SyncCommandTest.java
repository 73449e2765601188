package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.SigningKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync through the command line: the PPK registers its upstream (https only, the certificate
 * pinned), sees its outbox, sends, and sees the receipt; {@code serve} refuses a bad port.
 */
class SyncCommandTest {
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

  private void workspace(CliRun c, Path data, String ws, String level, String region) {
    CliAccounts.office(
        tmp.resolve("home"),
        Path.of(ws),
        "--level",
        level,
        "--region",
        region,
        "--election",
        data.resolve(DemoData.ELECTION).toString(),
        "--regions",
        data.resolve(DemoData.REGIONS).toString());
    ok(c, "--workspace", ws, "--user", "ketua", "keys", "init");
  }

  @Test
  void aPpkRegistersItsUpstreamAndSendsItsOutbox() throws Exception {
    Path data = tmp.resolve("data");
    DemoData.extract(data);
    String ppk = tmp.resolve("ppk").toString();
    String kab = tmp.resolve("kab").toString();
    var c = cli();
    workspace(c, data, ppk, "kecamatan", "310101");
    ok(c, "--workspace", ppk, "--user", "ani", "import", data.resolve("ppwp").toString());
    workspace(c, data, kab, "kabkota", "3101");
    Path ppkCert =
        Files.write(
            tmp.resolve("ppk.der"),
            SigningKey.load(Path.of(ppk, "keys/signing.p12"), KEY_PASS.toCharArray())
                .certificate()
                .getEncoded());
    ok(c, "--workspace", kab, "--user", "ketua", "trust", "add", ppkCert.toString());
    SigningKey kabKey = SigningKey.load(Path.of(kab, "keys/signing.p12"), KEY_PASS.toCharArray());
    Path kabCert = Files.write(tmp.resolve("kab.der"), kabKey.certificate().getEncoded());

    ok(
        c,
        "--workspace",
        ppk,
        "--user",
        "ketua",
        "package",
        "export",
        "--out",
        tmp.resolve("p1.rekap").toString());
    var queued = c.run("--workspace", ppk, "sync", "--status");
    assertThat(queued.status()).isEqualTo(1);
    assertThat(queued.out()).contains("#1").contains("queued");
    assertThat(c.run("--workspace", ppk, "sync").status()).as("sending needs a user").isEqualTo(3);
    var noUpstream = c.run("--workspace", ppk, "--user", "ani", "sync");
    assertThat(noUpstream.status()).isEqualTo(4);
    assertThat(noUpstream.err()).contains("upstream set");

    try (Workspace receiving = Workspace.open(Path.of(kab), CliRun.CLOCK);
        SyncReceiver receiver =
            receiving
                .receivePackages()
                .start(
                    id.rekap.core.support.Workspaces.CLERK,
                    kabKey,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    SyncReceiver.Limits.standard())) {
      String url = "https://127.0.0.1:" + receiver.port();
      var plain =
          c.run(
              "--workspace",
              ppk,
              "--user",
              "ketua",
              "upstream",
              "set",
              "--url",
              url.replace("https", "http"),
              "--cert",
              kabCert.toString());
      assertThat(plain.status()).isEqualTo(3);
      assertThat(plain.err()).contains("https://");
      var set =
          ok(
              c,
              "--workspace",
              ppk,
              "--user",
              "ketua",
              "upstream",
              "set",
              "--url",
              url,
              "--cert",
              kabCert.toString());
      assertThat(set.out()).contains(SigningKey.fingerprint(kabKey.certificate()));
      assertThat(ok(c, "--workspace", ppk, "upstream").out()).contains(url);

      var sent = ok(c, "--workspace", ppk, "--user", "ani", "sync");
      assertThat(sent.out()).contains("#1 terkirim").contains("delivered");
      assertThat(ok(c, "--workspace", ppk, "sync", "--status").out()).contains("delivered");
      assertThat(WorkspaceInternals.database(receiving).packagesIn().all()).hasSize(1);
    }
    assertThat(c.run("--workspace", kab, "--user", "ani", "serve", "--port", "70000").status())
        .isEqualTo(2);
    assertThat(c.run("--workspace", kab, "serve", "--port", "18443").status())
        .as("the receiver needs a user")
        .isEqualTo(3);
  }
}
