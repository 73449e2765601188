package id.rekap.core.exchange;

/** The sequence numbers of sent packages (implemented by the store). */
public interface PackageOutRepository {
  int lastSequence();

  void record(int sequence, String createdAt, String sha256, String reason);

  /**
   * Puts the package in the outbox of the upward sync, in the same transaction as its record, so
   * that no created package is ever missing from the queue.
   */
  void queue(int sequence, String sha256, byte[] content, java.time.Instant at);
}
