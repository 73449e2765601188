package id.rekap.core.recap;

import id.rekap.core.region.RegionLevel;
import java.util.Locale;
import java.util.Optional;

/** The levels a recap can be listed at. */
public enum RecapLevel {
  TPS(null),
  DESA(RegionLevel.DESA),
  KECAMATAN(RegionLevel.KECAMATAN),
  KABKOTA(RegionLevel.KABKOTA);

  private final RegionLevel region;

  RecapLevel(RegionLevel region) {
    this.region = region;
  }

  /** The region level of the rows; empty for TPS rows. */
  public Optional<RegionLevel> regionLevel() {
    return Optional.ofNullable(region);
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RecapLevel> of(String id) {
    for (RecapLevel l : values()) {
      if (l.id().equals(id)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
