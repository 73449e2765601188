package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.support.Fixtures;
import id.rekap.core.support.StoreDump;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rekap package export} at a KPU Provinsi (ADR 0035): a province whose contests all end at
 * the province (the governor, from Sirekap's real candidate master of DKI Jakarta) has no package
 * for the KPU RI; asking for one is refused, exit 3, one Indonesian line naming the contest, no
 * file, the store unchanged. (The package a province does send, for the presidential contest, is
 * exported and verified at the end of {@link ProvinceChainTest}.)
 */
class ProvincePackageExportTest {
  static final String KEY_PASS = "frasa sandi kunci uji";

  @TempDir Path tmp;

  private CliRun cli() {
    return CliAccounts.cli(tmp.resolve("home")).env("REKAP_KEY_PASSPHRASE", KEY_PASS);
  }

  @Test
  void aProvinceWhoseContestsEndThereHasNoPackageForTheKpuRi() throws Exception {
    Path masters = tmp.resolve("paslon");
    Path master = Fixtures.copy("sirekap-paslon/pilkada/pkwkp.json", masters);
    Path election = tmp.resolve("gubernur-31.json");
    var made =
        cli()
            .run(
                "election",
                "from-sirekap",
                "--region",
                "31.01",
                "--out",
                election.toString(),
                master.toString());
    assertThat(made.status()).as(made.out() + made.err()).isZero();
    Path ws = tmp.resolve("prov-31");
    CliAccounts.office(
        tmp.resolve("home"),
        ws,
        "--level",
        "provinsi",
        "--region",
        "31",
        "--election",
        election.toString());
    var keys = cli().run("--workspace", ws.toString(), "--user", "ketua", "keys", "init");
    assertThat(keys.status()).as(keys.err()).isZero();
    Map<String, List<String>> before = dump(ws);

    Path out = tmp.resolve("31-1.rekap");
    var r =
        cli()
            .run(
                "--workspace",
                ws.toString(),
                "--user",
                "ketua",
                "package",
                "export",
                "--out",
                out.toString());
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .contains("Tidak ada paket untuk KPU RI")
        .contains("Gubernur")
        .contains("berakhir di provinsi")
        .doesNotContain("Exception")
        .doesNotContain("package.error");
    assertThat(Files.exists(out)).isFalse();
    assertThat(dump(ws)).as("store unchanged").isEqualTo(before);
  }

  private static Map<String, List<String>> dump(Path ws) {
    try (Workspace w = Workspace.open(ws, CliRun.CLOCK)) {
      return StoreDump.of(w);
    }
  }
}
