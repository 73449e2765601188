package id.rekap.core.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The generation time as printed: local time of the clock's zone with its offset. */
final class Generated {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private Generated() {}

  static ZonedDateTime at(Clock clock) {
    return ZonedDateTime.now(clock).withNano(0);
  }

  static String format(ZonedDateTime time) {
    return time.format(FORMAT);
  }
}
