package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.support.Fixtures;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.SirekapTpsFiles;
import id.rekap.core.support.SirekapTpsFiles.Layout;
import id.rekap.core.support.SirekapTpsFiles.Numbers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestClock;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Pilkada through the command line, as the README walks it: the definition from Sirekap's
 * candidate master, init, regions, Sirekap's Pilkada TPS files and published aggregate, check, a
 * PSU, the D.Kejadian; a file of unknown layout is refused with exit 3 and changes nothing; a
 * single-pair contest says when the empty column leads.
 */
class PilkadaCommandsTest {
  @TempDir Path tmp;

  /** Runs the command as the chair (ketua) unless it names its user. */
  private CliRun.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--workspace", tmp.resolve("ws").toString()));
    if (!List.of(args).contains("--user")) {
      all.addAll(List.of("--user", "ketua"));
    }
    all.addAll(List.of(args));
    return new CliRun(tmp.resolve("home"))
        .env("REKAP_PASSWORD", PlenaryUsers.PASSWORD)
        .env("REKAP_NEW_PASSWORD", PlenaryUsers.PASSWORD)
        .run(all.toArray(String[]::new));
  }

  /** The workspace's admin adds the chair, who sets their own password (issue 15). */
  private void chair() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws"), TestClock.FIXED)) {
      User admin = ws.users().login("admin", PlenaryUsers.PASSWORD.toCharArray());
      PlenaryUsers.person(ws, admin, "ketua", Role.CHAIR);
    }
  }

  @Test
  void theGovernorOfDkiInKepulauanSeribuFromTheCandidateMasterToTheDKejadian() throws Exception {
    Path masters = tmp.resolve("paslon");
    Fixtures.copy("sirekap-paslon/pilkada/pkwkp.json", masters);
    Fixtures.copy("sirekap-paslon/pilkada/pkwkk.json", masters);
    Path election = tmp.resolve("pilkada-3101.json");
    var made =
        run(
            "election",
            "from-sirekap",
            "--region",
            "31.01",
            "--out",
            election.toString(),
            masters.resolve("sirekap-paslon/pilkada").toString());
    assertThat(made.status()).as(made.err()).isZero();
    assertThat(made.out())
        .contains("pkwkk.json", "pkwkp (Gubernur dan Wakil Gubernur): 3")
        .contains("rekap init --level kabkota --region 3101");
    assertThat(
            run(
                    "init",
                    "--level",
                    "kabkota",
                    "--region",
                    "3101",
                    "--election",
                    election.toString(),
                    "--admin",
                    "admin")
                .status())
        .isZero();
    chair();
    Path regions = Fixtures.copy("pilkada-3101/wilayah-pilkada-3101.json", tmp);
    assertThat(run("regions", "import", regions.toString()).status()).isZero();

    Path files = tmp.resolve("sirekap/hhcw");
    List<String> tps = new ArrayList<>();
    try (Workspace ws = Workspace.open(tmp.resolve("ws"), TestClock.FIXED)) {
      ws.regionTree().allTps().forEach(t -> tps.add(t.code().value()));
    }
    for (String code : tps) {
      Map<String, Integer> votes = new LinkedHashMap<>();
      votes.put("1000023", 150);
      votes.put("1000024", 20);
      votes.put("1000025", 180);
      SirekapTpsFiles.write(files, Layout.PILKADA, "pkwkp", new Numbers(code, votes, 5, 500), null);
    }
    var imported = run("import", files.toString());
    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("diimpor: 41");

    // the real aggregate of Sirekap differs from these invented TPS numbers: R23 per kecamatan
    Path aggregate = Fixtures.copy("pilkada-3101/hhcw/pkwkp/31/3101.json", tmp.resolve("agg"));
    var published = run("import", aggregate.toString());
    assertThat(published.status()).as(published.err()).isZero();
    assertThat(published.out()).contains("Ringkasan yang dipublikasikan Sirekap", "1 berkas");
    var check = run("check", "--format", "json");
    JsonNode findings = Json.mapper().readTree(check.out()).get("findings");
    List<String> r23 = new ArrayList<>();
    findings.forEach(
        f -> {
          if (f.get("rule").asText().equals("R23")) {
            r23.add(f.get("code").asText());
            assertThat(f.get("message").asText()).startsWith("Sirekap menampilkan (1) ");
          }
        });
    assertThat(r23).containsExactly("310101", "310102");

    // a file of unknown layout: exit 3, one line, nothing changed
    Path odd = tmp.resolve("odd/pkwkp/3101011001001.json");
    Files.createDirectories(odd.getParent());
    Files.writeString(odd, "{\"mode\": \"hhcw\", \"hasil\": {\"1000023\": 9}, \"psu\": null}");
    var before = dump();
    var refused = run("import", odd.toString());
    assertThat(refused.status()).isEqualTo(3);
    assertThat(refused.err())
        .contains("3101011001001.json", "tungsura")
        .doesNotContain("Exception");
    assertThat(dump()).isEqualTo(before);

    // a PSU at TPS 001 of Pulau Panggang, declared by the chair on import
    Map<String, Integer> again = new LinkedHashMap<>();
    again.put("1000023", 100);
    again.put("1000024", 10);
    again.put("1000025", 210);
    Path psu =
        SirekapTpsFiles.write(
            tmp.resolve("psu/hhcw"),
            Layout.PILKADA,
            "pkwkp",
            new Numbers("3101011001001", again, 5, 500),
            null);
    var revote =
        run(
            "--user",
            "ketua",
            "import",
            "--revote",
            "psu",
            "--reason",
            "Rekomendasi Panwaslu",
            psu.toString());
    assertThat(revote.status()).as(revote.err()).isZero();
    assertThat(revote.out()).contains("menggantikan hasil sebelumnya: 1 TPS");
    var list = run("revote", "list");
    assertThat(list.out())
        .contains("PSU", "3101011001001", "Rekomendasi Panwaslu", "suara sah 350");
    Path kejadian = tmp.resolve("d-kejadian.pdf");
    var report =
        run(
            "report",
            "--contest",
            "pkwkp",
            "--form",
            "d-kejadian",
            "--format",
            "pdf",
            "--out",
            kejadian.toString());
    assertThat(report.status()).as(report.err()).isZero();
    assertThat(Files.size(kejadian)).isPositive();
  }

  @Test
  void theStatusSaysWhenTheEmptyColumnLeads() throws Exception {
    Path master = Fixtures.copy("sirekap-paslon/pilkada/pkwkk.json", tmp);
    Path election = tmp.resolve("bangka.json");
    assertThat(
            run(
                    "election",
                    "from-sirekap",
                    "--region",
                    "1901",
                    "--contest",
                    "pkwkk",
                    "--out",
                    election.toString(),
                    master.toString())
                .status())
        .isZero();
    assertThat(
            run(
                    "init",
                    "--level",
                    "kabkota",
                    "--region",
                    "1901",
                    "--election",
                    election.toString(),
                    "--admin",
                    "admin")
                .status())
        .isZero();
    chair();
    Path csv = tmp.resolve("wilayah.csv");
    Files.writeString(
        csv,
        "code,name\n19,KEPULAUAN BANGKA BELITUNG\n1901,BANGKA\n190101,KECAMATAN 190101\n"
            + "1901012001,DESA 1901012001\n1901012001001,TPS 001\n1901012001002,TPS 002\n");
    assertThat(run("regions", "import", csv.toString()).status()).isZero();
    Path files = tmp.resolve("hhcw");
    for (String t : List.of("1901012001001", "1901012001002")) {
      SirekapTpsFiles.write(
          files,
          Layout.PILKADA,
          "pkwkk",
          new Numbers(t, Map.of("1000200", 310, "1000201", 220), 4, 590),
          null);
    }
    assertThat(run("import", files.toString()).status()).isZero();
    var status = run("status");
    assertThat(status.out())
        .contains(
            "KOLOM KOSONG UNGGUL: Kolom Kosong (nomor 1) 620 suara, pasangan calon nomor 2 440 suara");
    JsonNode json = Json.mapper().readTree(run("status", "--format", "json").out());
    assertThat(json.get("contests").get(0).get("emptyColumn").get("leads").asBoolean()).isTrue();
    var recap = run("recap", "--contest", "pkwkk", "--level", "desa", "--format", "text");
    assertThat(recap.out())
        .contains("KOLOM KOSONG UNGGUL di 1 wilayah: 1901012001 DESA 1901012001");
  }

  private Map<String, List<String>> dump() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws"), TestClock.FIXED)) {
      return StoreDump.of(ws);
    }
  }
}
