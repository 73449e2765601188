package id.rekap.core.exchange;

/** The sequence numbers of sent packages (implemented by the store). */
public interface PackageOutRepository {
  int lastSequence();

  /**
   * Records a package sent, with the audit head its manifest carries (the next package carries the
   * events since).
   */
  void record(
      int sequence,
      String createdAt,
      String sha256,
      String reason,
      id.rekap.core.audit.AuditHead auditHead);

  /**
   * The audit head of the newest package the upstream acknowledged with a receipt: the receiver
   * holds it, so the next package need carry only the events after it. Empty when none was
   * (packages handed over as files carry the whole chain).
   */
  java.util.Optional<id.rekap.core.audit.AuditHead> lastAcknowledgedHead();

  /**
   * Puts the package in the outbox of the upward sync, in the same transaction as its record, so
   * that no created package is ever missing from the queue.
   */
  void queue(int sequence, String sha256, byte[] content, java.time.Instant at);
}
