package id.rekap.core.revote;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.TpsResult;
import java.util.List;

/**
 * A re-vote (or re-count) of one TPS in one contest: from then on only results of the later vote
 * count; the earlier ones are kept, unchanged, as {@code superseded}.
 *
 * @param markedBy who said so: {@link Marker#SIREKAP} (the file's {@code psu}) or {@link
 *     Marker#CLERK} (declared on import or with {@code rekap revote declare})
 * @param reason the clerk's reason; empty when only Sirekap marked it
 * @param declaredBy the audit actor who recorded it
 * @param superseded every result the TPS had before, any source
 */
public record Revote(
    long id,
    TpsCode tps,
    ContestCode contest,
    RevoteKind kind,
    Marker markedBy,
    String reason,
    String declaredBy,
    String declaredAt,
    List<TpsResult> superseded) {

  /** Who said the TPS voted again. */
  public enum Marker {
    SIREKAP,
    CLERK;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Marker of(String id) {
      return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public Revote {
    reason = reason == null ? "" : reason;
    superseded = List.copyOf(superseded);
  }
}
