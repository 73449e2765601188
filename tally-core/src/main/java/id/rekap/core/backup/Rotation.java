package id.rekap.core.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep (docs/security.md, "Backups and crash safety"): the {@value #NEWEST}
 * newest; the newest of every hour of the last {@value #HOURS} hours; the newest of every day of
 * the last {@value #DAYS} days (days and hours of the office's time zone). At most 8 + 24 + 30
 * files, and both the work of the last minutes and the state of every day of the recapitulation
 * stay at hand.
 */
public final class Rotation {
  static final int NEWEST = 8;
  static final int HOURS = 24;
  static final int DAYS = 30;

  private Rotation() {}

  /** One backup: something that names it, and when it was taken. */
  public record Item<T>(T key, Instant createdAt) {}

  /** The keys of the backups to keep; the others may be deleted. */
  public static <T> Set<T> keep(List<Item<T>> items, Instant now, ZoneId zone) {
    List<Item<T>> newestFirst =
        items.stream()
            .sorted(Comparator.comparing((Item<T> i) -> i.createdAt()).reversed())
            .toList();
    Set<T> keep = new HashSet<>();
    newestFirst.stream().limit(NEWEST).forEach(i -> keep.add(i.key()));
    Map<Instant, T> perHour = new HashMap<>();
    Map<Instant, T> perDay = new HashMap<>();
    for (Item<T> i : newestFirst) {
      Duration age = Duration.between(i.createdAt(), now);
      var local = i.createdAt().atZone(zone);
      if (age.compareTo(Duration.ofHours(HOURS)) < 0) {
        perHour.putIfAbsent(local.truncatedTo(ChronoUnit.HOURS).toInstant(), i.key());
      }
      if (age.compareTo(Duration.ofDays(DAYS)) < 0) {
        perDay.putIfAbsent(local.truncatedTo(ChronoUnit.DAYS).toInstant(), i.key());
      }
    }
    keep.addAll(perHour.values());
    keep.addAll(perDay.values());
    return keep;
  }
}
