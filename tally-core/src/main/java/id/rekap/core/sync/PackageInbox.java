package id.rekap.core.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Where a received package goes: the same verification and import as {@code rekap package import}.
 * It never throws for a bad package; it answers REFUSED with the reason, so the receiver can sign a
 * receipt for it. It records what it took in: a delivery that is {@linkplain Delivery#audited an
 * audit event of its own} in the same transaction as what it stores.
 */
@FunctionalInterface
public interface PackageInbox {
  /**
   * @param remote the sender's network address, as recorded in the delivery's audit event
   * @param content the body as received, spooled to a temporary file (never held in memory by the
   *     receiver); it is deleted after this call
   * @param sha256 the body's SHA-256, computed while it was received
   */
  Delivery receive(String remote, Path content, String sha256);

  /**
   * Records the refusals the receiver only counted (by reason) between two instants, as one summary
   * event; nothing by default.
   */
  default void refusalsCounted(Instant from, Instant to, Map<String, Long> counts) {}

  /** What became of a received package. */
  enum Result {
    IMPORTED,
    UNCHANGED,
    SUPERSEDED,
    REFUSED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean accepted() {
      return this != REFUSED;
    }
  }

  /**
   * @param sequence the package's sequence number, or 0 when it could not be read
   * @param sender the sender's region code, or empty when it could not be read
   * @param reason why it was refused, in words a clerk understands (empty otherwise)
   * @param identified whether the package is intact and signed by a sender on the trust list
   */
  record Delivery(Result result, int sequence, String sender, String reason, boolean identified) {
    /** A delivery whose sender counts as identified exactly when it was accepted. */
    public Delivery(Result result, int sequence, String sender, String reason) {
      this(result, sequence, sender, reason, result.accepted());
    }

    /**
     * Whether the delivery is an audit event of its own: it changed the store, or a package of a
     * trusted sender was refused (a sequence, an adoption, a row). Copies of a package already in
     * and refusals of anything nobody trusted are only counted (the receiver's summary event), so
     * that no stranger can fill the audit log.
     */
    public boolean audited() {
      return result == Result.IMPORTED
          || result == Result.SUPERSEDED
          || (result == Result.REFUSED && identified);
    }
  }
}
