package id.rekap.core.sync;

import java.util.Locale;

/**
 * Where a package of the outbox is. SENDING is stored before the upload starts, so that a sender
 * killed mid-delivery sends it again on restart (the receiver answers "unchanged" to a copy).
 */
public enum OutboxStatus {
  QUEUED,
  SENDING,
  DELIVERED,
  REFUSED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Still to be delivered. */
  public boolean pending() {
    return this == QUEUED || this == SENDING;
  }
}
