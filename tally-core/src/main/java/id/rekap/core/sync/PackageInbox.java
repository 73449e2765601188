package id.rekap.core.sync;

import java.util.Locale;

/**
 * Where a received package goes: the same verification and import as {@code rekap package import}.
 * It never throws for a bad package; it answers REFUSED with the reason, so the receiver can sign a
 * receipt for it.
 */
@FunctionalInterface
public interface PackageInbox {
  Delivery receive(byte[] content);

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
   */
  record Delivery(Result result, int sequence, String sender, String reason) {}
}
