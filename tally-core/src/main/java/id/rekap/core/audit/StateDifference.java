package id.rekap.core.audit;

/**
 * A stored row that does not match what the audit chain says Rekap wrote: changed, added or removed
 * outside Rekap.
 */
public record StateDifference(String table, String key, Kind kind) {
  /** How the row differs. */
  public enum Kind {
    /** The row is there but its content is not what the last event that wrote it recorded. */
    CHANGED,
    /** The row is there but no event wrote it (or the last event deleted it). */
    ADDED,
    /** An event wrote the row but it is gone. */
    REMOVED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
