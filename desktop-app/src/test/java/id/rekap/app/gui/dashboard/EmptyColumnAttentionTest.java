package id.rekap.app.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Demo;
import id.rekap.app.gui.DirectJobs;
import id.rekap.app.gui.RecordingNavigator;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionFromSirekap;
import id.rekap.core.region.RegionCode;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.Fixtures;
import id.rekap.core.support.SirekapTpsFiles;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single-pair contest where the empty column leads (Kab. Bangka's shape): the dashboard says so
 * first, naming "Kolom Kosong" and both counts, and the item opens the recap of the region.
 */
class EmptyColumnAttentionTest {
  @TempDir Path tmp;

  @Test
  void theDashboardSaysFirstThatTheEmptyColumnLeads() throws Exception {
    Path master = Fixtures.copy("sirekap-paslon/pilkada/pkwkk.json", tmp);
    Path election = tmp.resolve("bangka.json");
    ElectionFromSirekap.write(
        ElectionFromSirekap.build(
            new ElectionFromSirekap.Request(
                List.of(master),
                new RegionCode("1901"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ElectionDefinition.Mode.TEST)),
        election,
        false);
    Path csv = tmp.resolve("wilayah.csv");
    Files.writeString(
        csv,
        "code,name\n19,KEPULAUAN BANGKA BELITUNG\n1901,BANGKA\n190101,KECAMATAN 190101\n"
            + "1901012001,DESA 1901012001\n1901012001001,TPS 001\n1901012001002,TPS 002\n");
    try (Workspace ws =
        Workspaces.create(tmp.resolve("ws"), WorkspaceLevel.KABKOTA, "1901", election)) {
      ws.importRegions(Workspaces.ACTOR, List.of(csv));
      for (String t : List.of("1901012001001", "1901012001002")) {
        SirekapTpsFiles.write(
            tmp.resolve("hhcw"),
            SirekapTpsFiles.Layout.PILKADA,
            "pkwkk",
            new SirekapTpsFiles.Numbers(t, Map.of("1000200", 310, "1000201", 220), 4, 590),
            null);
      }
      Workspaces.importFiles(ws, tmp.resolve("hhcw"));
      RecordingNavigator nav = new RecordingNavigator();
      DashboardViewModel model = new DashboardViewModel(Demo.session(ws, new DirectJobs()), nav);
      model.refresh();
      Attention first = model.attention().getFirst();
      assertThat(first.kind()).isEqualTo(Attention.Kind.EMPTY_COLUMN_LEADS);
      assertThat(first.text())
          .isEqualTo(
              "KOLOM KOSONG UNGGUL: Kolom Kosong (nomor 1) 620 suara, pasangan calon nomor 2 440"
                  + " suara");
      model.open(first);
      assertThat(nav.calls).containsExactly("recap pkwkk 1901");
    }
  }
}
