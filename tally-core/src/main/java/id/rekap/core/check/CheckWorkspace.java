package id.rekap.core.check;

import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Query: a check engine loaded with every stored result of the workspace, fully evaluated. */
public final class CheckWorkspace {
  private final Transactions tx;
  private final ResultRepository results;
  private final RuleSettings settings;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Supplier<List<PackageDiscrepancy>> packages;
  private final Supplier<List<id.rekap.core.result.Published>> published;

  public CheckWorkspace(
      Transactions tx,
      ResultRepository results,
      RuleSettings settings,
      ElectionDefinition election,
      Supplier<RegionTree> tree) {
    this(tx, results, settings, election, tree, List::of);
  }

  /**
   * @param packages the discrepancies of the current received packages (R22)
   */
  public CheckWorkspace(
      Transactions tx,
      ResultRepository results,
      RuleSettings settings,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Supplier<List<PackageDiscrepancy>> packages) {
    this(tx, results, settings, election, tree, packages, List::of);
  }

  /**
   * @param packages the discrepancies of the current received packages (R22)
   * @param published what Sirekap's site published for the workspace's regions (R23)
   */
  public CheckWorkspace(
      Transactions tx,
      ResultRepository results,
      RuleSettings settings,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Supplier<List<PackageDiscrepancy>> packages,
      Supplier<List<id.rekap.core.result.Published>> published) {
    this.tx = tx;
    this.results = results;
    this.settings = settings;
    this.election = election;
    this.tree = tree;
    this.packages = packages;
    this.published = published;
  }

  /** The check over one source's results only (each TPS as that source has it). */
  public CheckEngine run(id.rekap.core.result.Source only) {
    CheckEngine engine =
        new CheckEngine(election, tree.get(), tx.inTransaction(settings::overrides));
    engine.load(load().stream().filter(r -> r.source() == only).toList());
    return engine;
  }

  public CheckEngine run() {
    CheckEngine engine =
        new CheckEngine(election, tree.get(), tx.inTransaction(settings::overrides));
    engine.load(load());
    engine.addPackageDiscrepancies(packages.get());
    engine.addPublished(published.get());
    return engine;
  }

  /**
   * Every stored result. The contests are read in parallel, one read transaction each: reading is
   * most of a whole-kabupaten check, and H2 serves concurrent readers.
   */
  public List<TpsResult> load() {
    List<Contest> contests = election.contests();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(contests.size(), Runtime.getRuntime().availableProcessors()),
            r -> {
              Thread t = new Thread(r, "rekap-check-load");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<TpsResult>>> parts = new ArrayList<>();
      for (Contest c : contests) {
        parts.add(
            pool.submit(
                () ->
                    tx.inTransaction(
                        () -> {
                          List<TpsResult> part = new ArrayList<>();
                          results.forEach(c.code(), part::add);
                          return part;
                        })));
      }
      List<TpsResult> all = new ArrayList<>();
      for (Future<List<TpsResult>> f : parts) {
        all.addAll(f.get());
      }
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("check interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("check failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  public RuleSettings settings() {
    return settings;
  }
}
