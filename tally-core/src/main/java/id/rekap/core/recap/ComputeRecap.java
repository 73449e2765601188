package id.rekap.core.recap;

import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.ResultRepository;
import java.util.List;
import java.util.function.Supplier;

/** Query: the recap of one contest at one level, from the adopted result of every TPS. */
public final class ComputeRecap {
  private final Transactions tx;
  private final ResultRepository results;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;

  public ComputeRecap(
      Transactions tx,
      ResultRepository results,
      ElectionDefinition election,
      Supplier<RegionTree> tree) {
    this.tx = tx;
    this.results = results;
    this.election = election;
    this.tree = tree;
  }

  public Contest contest(ContestCode code) {
    return election
        .contest(code)
        .orElseThrow(() -> RekapException.usage("recap.error.contest", code, election.id()));
  }

  /**
   * The adopted result of every TPS of a contest (one store read), for callers that compute several
   * levels from it with {@link Recap#compute}.
   */
  public java.util.Collection<id.rekap.core.result.TpsResult> adopted(ContestCode code) {
    contest(code);
    Adoption adoption = new Adoption();
    tx.run(() -> results.forEach(code, adoption::offer));
    return adoption.adopted();
  }

  public List<RecapRow> run(ContestCode code, RecapLevel level) {
    return run(code, level, java.util.Optional.empty());
  }

  /**
   * The recap of a contest at several levels from one read of the store (a screen that shows a tree
   * of levels reads each result once, not once per level), each level as {@link #run} gives it.
   */
  public java.util.Map<RecapLevel, List<RecapRow>> run(
      ContestCode code,
      List<RecapLevel> levels,
      java.util.Optional<id.rekap.core.result.Source> only) {
    Contest contest = contest(code);
    RegionTree regions = tree.get();
    for (RecapLevel level : levels) {
      above(level, regions);
    }
    java.util.Collection<id.rekap.core.result.TpsResult> adopted = read(code, only);
    java.util.Map<RecapLevel, List<RecapRow>> out = new java.util.EnumMap<>(RecapLevel.class);
    for (RecapLevel level : levels) {
      out.put(level, Recap.compute(contest, regions, level, adopted));
    }
    return out;
  }

  private static void above(RecapLevel level, RegionTree regions) {
    if (level.regionLevel().isPresent()
        && level.regionLevel().get().digits() < regions.root().value().length()) {
      throw RekapException.usage("recap.error.levelAbove", level.id(), regions.root());
    }
  }

  private java.util.Collection<id.rekap.core.result.TpsResult> read(
      ContestCode code, java.util.Optional<id.rekap.core.result.Source> only) {
    Adoption adoption = new Adoption();
    tx.run(
        () ->
            results.forEach(
                code,
                r -> {
                  if (only.isEmpty() || r.source() == only.get()) {
                    adoption.offer(r);
                  }
                }));
    return adoption.adopted();
  }

  /**
   * The recap from one source only (e.g. Sirekap beside the keyed plano), or, when empty, from the
   * adopted result of every TPS.
   */
  public List<RecapRow> run(
      ContestCode code, RecapLevel level, java.util.Optional<id.rekap.core.result.Source> only) {
    Contest contest = contest(code);
    RegionTree regions = tree.get();
    above(level, regions);
    return Recap.compute(contest, regions, level, read(code, only));
  }
}
