package id.rekap.core.status;

import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.Finding;
import id.rekap.core.check.Severity;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.Adoption;
import id.rekap.core.recap.EmptyColumnStanding;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.Tally;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Query: per contest, TPS expected / received / missing / with errors / with warnings, and where
 * the empty column stands in a single-pair contest.
 */
public final class WorkspaceStatus {
  private final Transactions tx;
  private final ResultRepository results;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Supplier<CheckEngine> checks;

  public WorkspaceStatus(
      Transactions tx,
      ResultRepository results,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Supplier<CheckEngine> checks) {
    this.tx = tx;
    this.results = results;
    this.election = election;
    this.tree = tree;
    this.checks = checks;
  }

  public List<ContestStatus> run() {
    return run(checks.get().findings());
  }

  /**
   * The counts that need no rule engine (expected, received, missing, the empty column), with the
   * error and warning counts null: what a screen shows at once while the checks still run.
   */
  public List<ContestStatus> counts() {
    return run(null);
  }

  /** The TPS with a result (from any source) in a contest: one index read, not the results. */
  public Set<TpsCode> received(id.rekap.core.election.ContestCode contest) {
    return tx.inTransaction(() -> results.receivedTps(contest));
  }

  private List<ContestStatus> run(List<Finding> findings) {
    RegionTree regions = tree.get();
    List<ContestStatus> out = new ArrayList<>();
    for (Contest contest : election.contests()) {
      Set<TpsCode> received = tx.inTransaction(() -> results.receivedTps(contest.code()));
      int expected = 0;
      int got = 0;
      for (Tps t : regions.allTps()) {
        if (contest.appliesTo(t.code())) {
          expected++;
          if (received.contains(t.code())) {
            got++;
          }
        }
      }
      out.add(
          new ContestStatus(
              contest.code().id(),
              contest.name(),
              expected,
              got,
              expected - got,
              findings == null ? null : tpsWith(findings, contest, Severity.ERROR),
              findings == null ? null : tpsWith(findings, contest, Severity.WARNING),
              emptyColumn(contest, regions).orElse(null)));
    }
    return out;
  }

  /** Where the empty column stands in the sum of the received TPS, for a single-pair contest. */
  private java.util.Optional<EmptyColumnStanding> emptyColumn(Contest contest, RegionTree regions) {
    if (contest.emptyColumn().isEmpty()) {
      return java.util.Optional.empty();
    }
    Adoption adoption = new Adoption();
    tx.run(() -> results.forEach(contest.code(), adoption::offer));
    Tally sum = new Tally();
    for (TpsResult r : adoption.adopted()) {
      if (regions.containsTps(r.tps()) && contest.appliesTo(r.tps())) {
        sum.add(r);
      }
    }
    return EmptyColumnStanding.of(contest, sum);
  }

  /** TPS of the contest with at least one TPS-level finding of the severity. */
  private static int tpsWith(List<Finding> findings, Contest contest, Severity severity) {
    Set<String> codes = new HashSet<>();
    for (Finding f : findings) {
      if (f.contest() == contest.code()
          && f.level() == RecapLevel.TPS
          && f.severity() == severity) {
        codes.add(f.code());
      }
    }
    return codes.size();
  }
}
