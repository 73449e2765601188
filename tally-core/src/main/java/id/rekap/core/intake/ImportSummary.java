package id.rekap.core.intake;

import id.rekap.core.common.RekapException;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of an import: every file lands in exactly one of imported, corrected, revoted,
 * published, unchanged, not digitised, conflict, refused or outside ({@code skipped} counts
 * non-result files found in folders). {@code revoted} counts results of a re-vote that replaced a
 * TPS's earlier results; {@code published} counts Sirekap aggregate files stored as "Sirekap
 * published" (never results).
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
    boolean applied,
    int revoted,
    int published) {

  /**
   * A file not applied: its numbers differ from those already stored for the same TPS, contest and
   * source (or the TPS is adopted), or the TPS voted again and the file is not marked as the
   * re-vote's result ({@link Why#REVOTED}).
   */
  public record Conflict(Path file, String tps, String contest, String source, Why why) {
    public Conflict(Path file, String tps, String contest, String source) {
      this(file, tps, contest, source, Why.DIFFERENT);
    }
  }

  /** Why a file was not applied. */
  public enum Why {
    /** Other numbers are stored for the TPS from the same source, or its result is adopted. */
    DIFFERENT,
    /** The TPS had a re-vote; this file is not marked as its result. */
    REVOTED
  }

  public ImportSummary(
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
    this(
        files,
        imported,
        corrected,
        unchanged,
        notDigitised,
        skipped,
        outside,
        conflicts,
        refused,
        applied,
        0,
        0);
  }

  public ImportSummary {
    conflicts = List.copyOf(conflicts);
    refused = List.copyOf(refused);
  }
}
