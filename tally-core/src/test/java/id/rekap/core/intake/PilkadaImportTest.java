package id.rekap.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.VoteKey;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import id.rekap.testsupport.ElectionBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pilkada contest codes (pkwkp gubernur, pkwkk bupati/walikota) import from Sirekap's pilkada
 * folder layout like the Pemilu ones, with Pilkada's 600 voters per TPS and 2.5 % reserve.
 */
class PilkadaImportTest {
  @TempDir Path dir;

  @Test
  void gubernurAndBupatiFilesImportAndSum() throws Exception {
    DemoData.extract(dir.resolve("demo"));
    ElectionBuilder pilkada =
        ElectionBuilder.election("pilkada-2024", "Pilkada 2024")
            .date("2024-11-27")
            .maxVotersPerTps(600)
            .ballotReservePercent(2.5)
            .mode("official");
    pilkada
        .candidates("pkwkp", "Gubernur", "31")
        .candidate(1, "9001", "P1")
        .candidate(2, "9002", "P2")
        .candidate(3, "9003", "P3");
    pilkada
        .candidates("pkwkk", "Bupati", "3101")
        .candidate(1, "8001", "B1")
        .candidate(2, "8002", "B2");
    Path election = pilkada.write(dir.resolve("pilkada.json"));
    Path files = dir.resolve("pilkada/hhcw");
    write(
        files, "pkwkp", "3101011001001", "{\"9001\": 300, \"9002\": 20, \"9003\": 250}", 570, 590);
    write(files, "pkwkp", "3101021003010", "{\"9001\": 10, \"9002\": 5, \"9003\": 1}", 16, 30);
    write(files, "pkwkk", "3101011001001", "{\"8001\": 400, \"8002\": 170}", 570, 590);
    try (Workspace ws =
        CreateWorkspace.run(
            dir.resolve("ws"),
            new CreateWorkspace.Request(WorkspaceLevel.KABKOTA, "3101", election, null),
            new CreateWorkspace.FirstAdmin(
                Workspaces.ADMIN, Workspaces.ADMIN_PASSWORD.toCharArray()),
            TestClock.FIXED)) {
      ws.importRegions(Workspaces.CLERK, List.of(dir.resolve("demo").resolve(DemoData.REGIONS)));
      ImportSummary s =
          ws.importResults()
              .run(
                  Workspaces.CLERK,
                  ImportRequest.of(List.of(dir.resolve("pilkada"))),
                  ImportResults.Progress.NONE);
      assertThat(s.refused()).isEmpty();
      assertThat(s.imported()).isEqualTo(3);

      var gub = ws.recap().run(ContestCode.PKWKP, RecapLevel.KABKOTA).getFirst();
      assertThat(gub.received()).isEqualTo(2);
      assertThat(gub.tally().votes(VoteKey.candidate(1))).isEqualTo(310L);
      assertThat(gub.tally().votes(VoteKey.candidate(3))).isEqualTo(251L);
      var bup = ws.recap().run(ContestCode.PKWKK, RecapLevel.KABKOTA).getFirst();
      assertThat(bup.received()).isEqualTo(1);
      assertThat(bup.tally().votes(VoteKey.candidate(1))).isEqualTo(400L);

      // 590 voters is fine under Pilkada's cap (600 + 2.5 % = 615): no R10 at that TPS.
      assertThat(ws.check().run().findingsAt("3101011001001"))
          .noneMatch(f -> f.rule().equals("R10"));
    }
  }

  private static void write(
      Path root, String contest, String tps, String chart, int valid, int voters) throws Exception {
    Path file =
        root.resolve(contest)
            .resolve("31/3101")
            .resolve(tps.substring(0, 6))
            .resolve(tps.substring(0, 10))
            .resolve(tps + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"chart\": "
            + chart
            + ", \"administrasi\": {\"suara_sah\": "
            + valid
            + ", \"suara_tidak_sah\": "
            + (voters - valid)
            + ", \"suara_total\": "
            + voters
            + ", \"pemilih_dpt_j\": 600, \"pengguna_total_j\": "
            + voters
            + "}, \"status_suara\": true, \"ts\": \"2024-11-28 10:00:00\"}");
  }
}
