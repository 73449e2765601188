package id.rekap.core.check;

import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Query: a check engine loaded with every stored result of the workspace, fully evaluated. */
public final class CheckWorkspace {
  private final Transactions tx;
  private final ResultRepository results;
  private final RuleSettings settings;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;

  public CheckWorkspace(
      Transactions tx,
      ResultRepository results,
      RuleSettings settings,
      ElectionDefinition election,
      Supplier<RegionTree> tree) {
    this.tx = tx;
    this.results = results;
    this.settings = settings;
    this.election = election;
    this.tree = tree;
  }

  public CheckEngine run() {
    return tx.inTransaction(
        () -> {
          CheckEngine engine = new CheckEngine(election, tree.get(), settings.overrides());
          List<TpsResult> all = new ArrayList<>();
          for (Contest c : election.contests()) {
            results.forEach(c.code(), all::add);
          }
          engine.load(all);
          return engine;
        });
  }

  public RuleSettings settings() {
    return settings;
  }
}
