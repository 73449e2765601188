package id.rekap.core.intake;

import id.rekap.core.election.ContestCode;
import id.rekap.core.result.Source;
import id.rekap.core.revote.RevoteKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to import. {@code contest} is used for files with no contest folder above them; {@code
 * skipInvalid} imports the valid files even when others are refused; a non-empty {@code
 * correctionReason} lets a file replace different data from the same source; a {@code revote}
 * declares that the files are results of a re-vote (for files Sirekap has not marked as such).
 */
public record ImportRequest(
    List<Path> paths,
    Optional<ContestCode> contest,
    Source source,
    boolean skipInvalid,
    Optional<String> correctionReason,
    Optional<RevoteDeclared> revote) {

  /** The clerk's declaration that the files are results of a re-vote: its kind and reason. */
  public record RevoteDeclared(RevoteKind kind, String reason) {}

  public ImportRequest {
    paths = List.copyOf(paths);
  }

  public ImportRequest(
      List<Path> paths,
      Optional<ContestCode> contest,
      Source source,
      boolean skipInvalid,
      Optional<String> correctionReason) {
    this(paths, contest, source, skipInvalid, correctionReason, Optional.empty());
  }

  public static ImportRequest of(List<Path> paths) {
    return new ImportRequest(paths, Optional.empty(), Source.SIREKAP, false, Optional.empty());
  }
}
