package id.rekap.core.intake;

import id.rekap.core.election.ContestCode;
import id.rekap.core.result.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to import. {@code contest} is used for files with no contest folder above them; {@code
 * skipInvalid} imports the valid files even when others are refused; a non-empty {@code
 * correctionReason} lets a file replace different data from the same source.
 */
public record ImportRequest(
    List<Path> paths,
    Optional<ContestCode> contest,
    Source source,
    boolean skipInvalid,
    Optional<String> correctionReason) {
  public ImportRequest {
    paths = List.copyOf(paths);
  }

  public static ImportRequest of(List<Path> paths) {
    return new ImportRequest(paths, Optional.empty(), Source.SIREKAP, false, Optional.empty());
  }
}
