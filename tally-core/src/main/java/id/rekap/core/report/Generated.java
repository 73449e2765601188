package id.rekap.core.report;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The generation time as printed: the tally centre's local time with its label (WIB, WITA, WIT),
 * never UTC or an offset a clerk has to convert.
 */
final class Generated {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm.ss");

  private Generated() {}

  static ZonedDateTime at(Clock clock, ZoneId zone) {
    return ZonedDateTime.now(clock).withZoneSameInstant(zone).withNano(0);
  }

  static String format(ZonedDateTime time, String zoneLabel) {
    return time.format(FORMAT) + " " + zoneLabel;
  }
}
