package id.rekap.core.region;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The local time of a tally centre, from its province code: WIB (UTC+7), WITA (UTC+8) or WIT
 * (UTC+9). Clerks read and sign times in their own zone, never in UTC: screens and the printed
 * forms alike (docs/election-facts.md §11.5). Codes outside the lists (overseas 99, unknown) fall
 * back to WIB, the zone of KPU's own clock.
 */
public enum LocalZone {
  WIB("Asia/Jakarta"),
  WITA("Asia/Makassar"),
  WIT("Asia/Jayapura");

  private final ZoneId zone;

  LocalZone(String zone) {
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The label printed after a time: WIB, WITA, WIT. */
  public String label() {
    return name();
  }

  /** The zone of a region's province (the forms' times, docs/election-facts.md §11.5). */
  public static LocalZone of(RegionCode region) {
    return of(region.value());
  }

  /** The zone of a region (any code beginning with its two-digit province code). */
  public static LocalZone of(String regionCode) {
    int province = regionCode == null || regionCode.length() < 2 ? 31 : parse(regionCode);
    if ((province >= 51 && province <= 53)
        || (province >= 63 && province <= 65)
        || (province >= 71 && province <= 76)) {
      return WITA;
    }
    if (province == 81 || province == 82 || (province >= 91 && province <= 96)) {
      return WIT;
    }
    return WIB;
  }

  private static int parse(String code) {
    try {
      return Integer.parseInt(code.substring(0, 2));
    } catch (NumberFormatException e) {
      return 31;
    }
  }

  /** A time as people read it: "20 Februari 2024 17.02 WIB" (or "20 February 2024 17:02 WIB"). */
  public String format(Instant at, Locale locale) {
    return pattern(locale, "d MMMM uuuu").format(at.atZone(zone)) + " " + name();
  }

  /** A short time for lists: "20 Feb 17.02 WIB". */
  public String formatShort(Instant at, Locale locale) {
    return pattern(locale, "d MMM").format(at.atZone(zone)) + " " + name();
  }

  /** A date and time from its ISO text, or the text unchanged when it is none. */
  public String format(String iso, Locale locale) {
    try {
      return format(Instant.parse(iso), locale);
    } catch (RuntimeException e) {
      return iso == null ? "" : iso;
    }
  }

  private static DateTimeFormatter pattern(Locale locale, String date) {
    boolean id = locale.getLanguage().equals("id") || locale.getLanguage().equals("in");
    return DateTimeFormatter.ofPattern(date + (id ? " HH.mm" : " HH:mm"), locale);
  }
}
