package id.rekap.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, requirement 1: once the chair adopted a desa, a region import that would rename it,
 * give one of its TPS another DPT or add a TPS to it is refused, the store unchanged; the chair can
 * make it a correction with a reason, audited with the adopted codes it touches. Master data
 * elsewhere still imports as before.
 */
class RegionsUnderAdoptionTest {
  @TempDir Path tmp;

  private static String key(Throwable e) {
    return ((RekapException) e).key();
  }

  @Test
  void changesUnderAnAdoptedDesaNeedTheChairsCorrection() throws Exception {
    try (Workspace ws = Workspaces.sample(tmp.resolve("ws"))) {
      User admin = PlenaryUsers.admin(ws);
      User chair = PlenaryUsers.person(ws, admin, "ketua", Role.CHAIR);
      User operator = PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
      RegionTree tree = ws.regionTree();
      Set<TpsCode> received =
          WorkspaceInternals.database(ws).results().receivedTps(ContestCode.PPWP);
      Region desa =
          tree.regionsAt(RegionLevel.DESA).stream()
              .filter(
                  d -> tree.tpsUnder(d.code()).stream().allMatch(t -> received.contains(t.code())))
              .findFirst()
              .orElseThrow();
      for (Tps t : tree.tpsUnder(desa.code())) {
        ws.adoptions().adopt(chair, ContestCode.PPWP, t.code().value(), "pleno menetapkan");
      }
      ws.adoptions().adopt(chair, ContestCode.PPWP, desa.code().value(), null);
      Tps first = tree.tpsUnder(desa.code()).iterator().next();
      String d = desa.code().value();

      List<String> changes =
          List.of(
              d + ",DESA BERGANTI NAMA,",
              first.code().value() + "," + first.name() + ",1000",
              d + "099,TPS 099,250");
      for (String change : changes) {
        Path csv = Files.writeString(tmp.resolve("ubah.csv"), "code,name,dpt\n" + change + "\n");
        var before = StoreDump.of(ws);
        assertThatThrownBy(() -> ws.importRegions(operator, List.of(csv)))
            .as(change)
            .extracting(RegionsUnderAdoptionTest::key)
            .isEqualTo("region.error.adopted");
        assertThatThrownBy(() -> ws.importRegions(operator, List.of(csv), "salah ketik"))
            .as("only the chair corrects")
            .extracting(RegionsUnderAdoptionTest::key)
            .isEqualTo("user.error.notAllowed");
        assertThatThrownBy(() -> ws.importRegions(chair, List.of(csv), "  "))
            .extracting(RegionsUnderAdoptionTest::key)
            .isEqualTo("region.error.correctionReason");
        assertThat(StoreDump.of(ws)).isEqualTo(before);
      }

      Path csv =
          Files.writeString(tmp.resolve("koreksi.csv"), "code,name,dpt\n" + changes.get(2) + "\n");
      var summary = ws.importRegions(chair, List.of(csv), "TPS 099 terlewat di daftar");
      assertThat(summary.tpsAdded()).isEqualTo(1);
      var event =
          WorkspaceInternals.database(ws)
              .dsl()
              .fetch("select actor, action, payload from audit_event order by seq desc limit 1")
              .getFirst();
      assertThat(event.get(0, String.class)).isEqualTo("user:ketua");
      assertThat(event.get(1, String.class)).isEqualTo("regions.correct");
      assertThat(event.get(2, String.class))
          .contains("TPS 099 terlewat di daftar")
          .contains("\"adopted\":[\"" + d + "\"]");

      // master data of a desa nobody adopted still imports as before
      Region other =
          tree.regionsAt(RegionLevel.DESA).stream()
              .filter(r -> !r.code().value().startsWith(d))
              .findFirst()
              .orElseThrow();
      Path elsewhere =
          Files.writeString(
              tmp.resolve("lain.csv"), "code,name,dpt\n" + other.code().value() + "099,TPS 099,\n");
      assertThat(ws.importRegions(operator, List.of(elsewhere)).tpsAdded()).isEqualTo(1);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }
}
