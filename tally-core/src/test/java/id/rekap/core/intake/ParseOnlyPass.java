package id.rekap.core.intake;

import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.intake.ResultReader.NotDigitised;
import id.rekap.core.intake.ResultReader.Outcome;
import id.rekap.core.intake.ResultReader.Ready;
import id.rekap.core.region.RegionTree;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark support: the read phase of {@link ImportResults} alone (walk the folders, resolve each
 * file's TPS and contest, read, parse, hash) on the importer's own threads, without the store. It
 * is the baseline the import is measured against, so it calls the production code, not a copy.
 */
public final class ParseOnlyPass {
  private ParseOnlyPass() {}

  /** What the pass read: files found, parsed into a result, not yet digitised, refused. */
  public record Counts(int files, int ready, int notDigitised, int refused) {}

  public static Counts run(ElectionDefinition election, RegionTree regions, List<Path> paths) {
    ImportRequest request = ImportRequest.of(paths);
    ResultFiles found = ResultFiles.collect(request.paths(), regions.root());
    List<Outcome> outcomes = new ResultReader(election).readAll(found.files(), request, regions);
    int ready = 0;
    int notDigitised = 0;
    for (Outcome o : outcomes) {
      if (o instanceof Ready) {
        ready++;
      } else if (o instanceof NotDigitised) {
        notDigitised++;
      }
    }
    int refused = found.refused().size() + outcomes.size() - ready - notDigitised;
    return new Counts(found.files().size(), ready, notDigitised, refused);
  }
}
