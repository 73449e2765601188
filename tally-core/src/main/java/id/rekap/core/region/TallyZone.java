package id.rekap.core.region;

import java.time.ZoneId;

/**
 * The local time of a tally centre, from its province code (domain.md §11.5): WIB (UTC+7), WITA
 * (UTC+8) or WIT (UTC+9). Forms and screens print this time with its label, never UTC: a clerk in
 * Makassar reads 10.00 WITA, not 02.00 +00:00.
 */
public enum TallyZone {
  WIB("Asia/Jakarta"),
  WITA("Asia/Makassar"),
  WIT("Asia/Jayapura");

  private final ZoneId zone;

  TallyZone(String zone) {
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The label printed after a time: WIB, WITA, WIT. */
  public String label() {
    return name();
  }

  /**
   * The zone of a region's province. Codes outside the lists (overseas 99, unknown) fall back to
   * WIB, the zone of KPU's own clock.
   */
  public static TallyZone of(RegionCode region) {
    int province = Integer.parseInt(region.value().substring(0, 2));
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
}
