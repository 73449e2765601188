package id.rekap.core.status;

import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.ResultRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Query: per contest, TPS expected / received / missing. */
public final class WorkspaceStatus {
  private final Transactions tx;
  private final ResultRepository results;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;

  public WorkspaceStatus(
      Transactions tx,
      ResultRepository results,
      ElectionDefinition election,
      Supplier<RegionTree> tree) {
    this.tx = tx;
    this.results = results;
    this.election = election;
    this.tree = tree;
  }

  public List<ContestStatus> run() {
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
              contest.code().id(), contest.name(), expected, got, expected - got, null, null));
    }
    return out;
  }
}
