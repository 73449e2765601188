package id.rekap.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.support.RealSample;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `status` on the real sample equals the counts the test takes from the raw files. */
class RealDataStatusTest {
  @TempDir Path dir;

  @Test
  void statusCountsExpectedReceivedAndMissingPerContest() {
    RealSample sample = RealSample.read(Workspaces.demoFiles());
    long expected = sample.hierarchy().tps().size();
    long received = sample.received();
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var status = ws.status().run();
      assertThat(status).hasSize(1);
      ContestStatus ppwp = status.getFirst();
      assertThat(ppwp.contest()).isEqualTo("ppwp");
      assertThat(ppwp.expected()).isEqualTo(expected).isEqualTo(88);
      assertThat(ppwp.received()).isEqualTo(received).isEqualTo(81);
      assertThat(ppwp.missing()).isEqualTo(expected - received);
      // The counts are the TPS with TPS-level findings of each severity (real reading errors).
      var findings = ws.check().run().findings();
      assertThat(ppwp.withErrors()).isPositive().isEqualTo(tpsWith(findings, Severity.ERROR));
      assertThat(ppwp.withWarnings()).isPositive().isEqualTo(tpsWith(findings, Severity.WARNING));
    }
  }

  @Test
  void aWorkspaceWithoutResultsExpectsEveryTpsAndHasReceivedNone() {
    try (Workspace ws = Workspaces.regionsOnly(dir.resolve("ws"))) {
      ContestStatus ppwp = ws.status().run().getFirst();
      assertThat(ppwp.expected()).isEqualTo(88);
      assertThat(ppwp.received()).isZero();
      assertThat(ppwp.missing()).isEqualTo(88);
    }
  }

  private static long tpsWith(java.util.List<Finding> findings, Severity severity) {
    return findings.stream()
        .filter(f -> f.level() == RecapLevel.TPS && f.severity() == severity)
        .map(Finding::code)
        .distinct()
        .count();
  }
}
