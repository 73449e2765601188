package id.rekap.core.sync;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Refusals counted by reason instead of written one by one: a stranger's garbage (a scan, a flood,
 * a slow connection) must cost neither the audit log nor the log file a line each. The counts go
 * into one summary event now and then, and when the receiver stops.
 */
final class RefusalCount {
  /** The counts of a period. */
  record Summary(Instant from, Instant to, Map<String, Long> counts) {}

  private Map<String, Long> counts = new TreeMap<>();
  private Instant since;

  synchronized void add(String reason, Instant now) {
    if (counts.isEmpty()) {
      since = now;
    }
    counts.merge(reason, 1L, Long::sum);
  }

  /** The counts since the last drain, if any, and a fresh start. */
  synchronized Optional<Summary> drain(Instant now) {
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    Summary s = new Summary(since, now, Map.copyOf(counts));
    counts = new TreeMap<>();
    return Optional.of(s);
  }
}
