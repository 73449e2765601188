package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check kept for the screens (issue 18): the same engine while the store has not changed, a new
 * one after any use case, and always the findings a fresh check gives; with the two quick reads the
 * screens show first (status counts, a recap's levels from one read).
 */
class LatestCheckTest {
  @TempDir Path dir;

  @Test
  void theKeptCheckIsTheFreshOneUntilAUseCaseChangesTheStore() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      LatestCheck latest = ws.latestCheck();
      assertThat(latest.ifFresh()).isEmpty();
      CheckEngine first = latest.get();
      assertThat(first.findings()).isEqualTo(ws.check().run().findings()).isNotEmpty();
      assertThat(latest.get()).isSameAs(first);
      assertThat(latest.ifFresh()).containsSame(first);

      // R3 made a warning: the kept check is dropped and the new one says so
      ws.setRuleSeverity().run(Workspaces.CLERK, "R3", "warning");
      assertThat(latest.ifFresh()).isEmpty();
      CheckEngine second = latest.get();
      assertThat(second).isNotSameAs(first);
      assertThat(second.findings()).isEqualTo(ws.check().run().findings());
      assertThat(second.findings())
          .filteredOn(f -> f.rule().equals("R3"))
          .isNotEmpty()
          .allMatch(f -> f.severity() == Severity.WARNING);
      assertThat(first.findings())
          .filteredOn(f -> f.rule().equals("R3"))
          .anyMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  @Test
  void theCountsAreTheStatusWithoutTheChecksFindings() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      List<ContestStatus> full = ws.status().run();
      List<ContestStatus> counts = ws.status().counts();
      assertThat(counts).hasSameSizeAs(full);
      for (int i = 0; i < full.size(); i++) {
        ContestStatus f = full.get(i);
        assertThat(counts.get(i))
            .isEqualTo(
                new ContestStatus(
                    f.contest(),
                    f.name(),
                    f.expected(),
                    f.received(),
                    f.missing(),
                    null,
                    null,
                    f.emptyColumn()));
      }
    }
  }

  @Test
  void severalLevelsFromOneReadAreEachLevelsRecap() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var contest = ws.election().contests().getFirst().code();
      List<RecapLevel> levels = List.of(RecapLevel.KABKOTA, RecapLevel.DESA, RecapLevel.TPS);
      var all = ws.recap().run(contest, levels, Optional.empty());
      assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(levels);
      for (RecapLevel l : levels) {
        List<RecapRow> one = ws.recap().run(contest, l);
        List<RecapRow> got = all.get(l);
        assertThat(got).isNotEmpty().hasSameSizeAs(one);
        for (int i = 0; i < one.size(); i++) {
          RecapRow a = got.get(i);
          RecapRow b = one.get(i);
          assertThat(List.of(a.code(), a.name(), a.expected(), a.received()))
              .isEqualTo(List.of(b.code(), b.name(), b.expected(), b.received()));
          assertThat(a.tally().sameAs(b.tally())).as(a.code()).isTrue();
        }
      }
    }
  }
}
