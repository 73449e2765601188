package id.rekap.core.intake;

import id.rekap.core.common.RekapException;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of an import: every file lands in exactly one of imported, corrected, unchanged, not
 * digitised, conflict or refused ({@code skipped} counts non-result files found in folders).
 */
public record ImportSummary(
    int files,
    int imported,
    int corrected,
    int unchanged,
    int notDigitised,
    int skipped,
    int outside,
    List<Conflict> conflicts,
    List<RekapException> refused,
    boolean applied) {

  /** A file whose numbers differ from those already stored for the same TPS, contest and source. */
  public record Conflict(Path file, String tps, String contest, String source) {}

  public ImportSummary {
    conflicts = List.copyOf(conflicts);
    refused = List.copyOf(refused);
  }
}
