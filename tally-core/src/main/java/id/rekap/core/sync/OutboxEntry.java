package id.rekap.core.sync;

import java.time.Instant;

/**
 * One package in the outbox.
 *
 * @param nextAttemptAt when a failed delivery may be retried (null: now)
 * @param receipt the upstream's signed receipt once delivered or refused (null before)
 */
public record OutboxEntry(
    int sequence,
    String sha256,
    byte[] content,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    byte[] receipt,
    byte[] receiptSignature,
    Instant updatedAt) {}
