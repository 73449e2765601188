package id.rekap.core.audit;

/**
 * One entry of the append-only audit log. {@code hash} commits to every other field and, through
 * {@code prevHash}, to every earlier event.
 */
public record AuditEvent(
    long seq,
    String at,
    String actor,
    String action,
    String payload,
    String prevHash,
    String hash) {}
