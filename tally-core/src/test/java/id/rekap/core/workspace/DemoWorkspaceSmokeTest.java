package id.rekap.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.support.TestClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceSmokeTest {
  @TempDir Path dir;

  @Test
  void demoWorkspaceHoldsTheRealSample() {
    try (Workspace ws = DemoData.create(dir.resolve("ws"), TestClock.FIXED)) {
      var status = ws.status().run();
      assertThat(status).hasSize(1);
      assertThat(status.getFirst().expected()).isEqualTo(88);
      assertThat(status.getFirst().received()).isEqualTo(81);
      var rows = ws.recap().run(ContestCode.PPWP, RecapLevel.KECAMATAN);
      assertThat(rows).hasSize(2);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }
}
