package id.rekap.core.report;

import id.rekap.core.region.LocalZone;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The generation time as printed: in the tally centre's own zone (WIB, WITA or WIT, from its region
 * code), as people write it ("20 Februari 2024 17.02 WIB"), never in UTC.
 */
final class Generated {
  private static final DateTimeFormatter OTHER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
  private static final Locale INDONESIAN = Locale.of("id", "ID");

  private Generated() {}

  /** Now, in the zone of the region the form is for. */
  static ZonedDateTime at(Clock clock, String regionCode) {
    return ZonedDateTime.now(clock)
        .withNano(0)
        .withZoneSameInstant(LocalZone.of(regionCode).zone());
  }

  static String format(ZonedDateTime time) {
    for (LocalZone z : LocalZone.values()) {
      if (z.zone().equals(time.getZone())) {
        return z.format(time.toInstant(), INDONESIAN);
      }
    }
    return time.format(OTHER); // a form made outside any region's zone keeps its offset
  }
}
