package id.rekap.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The upstream registration and the outbox (implemented by the store). */
public interface SyncRepository {
  Optional<Upstream> upstream();

  void setUpstream(Upstream upstream);

  void enqueue(int sequence, String sha256, byte[] content, Instant at);

  /** Every package, in sequence order. */
  List<OutboxEntry> outbox();

  Optional<OutboxEntry> entry(int sequence);

  void update(
      int sequence,
      OutboxStatus status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant at);

  /** The end of a delivery: DELIVERED or REFUSED, with the receipt (null if none came). */
  void settle(
      int sequence,
      OutboxStatus status,
      int attempts,
      String lastError,
      byte[] receipt,
      byte[] signature,
      Instant at);
}
