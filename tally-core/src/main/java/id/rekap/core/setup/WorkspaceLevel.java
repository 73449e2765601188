package id.rekap.core.setup;

import id.rekap.core.region.RegionLevel;
import java.util.Locale;
import java.util.Optional;

/** The two tally centres Rekap serves: a PPK (kecamatan) or a KPU/KIP Kabupaten/Kota. */
public enum WorkspaceLevel {
  KECAMATAN(RegionLevel.KECAMATAN),
  KABKOTA(RegionLevel.KABKOTA);

  private final RegionLevel regionLevel;

  WorkspaceLevel(RegionLevel regionLevel) {
    this.regionLevel = regionLevel;
  }

  public RegionLevel regionLevel() {
    return regionLevel;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<WorkspaceLevel> of(String id) {
    for (WorkspaceLevel l : values()) {
      if (l.id().equals(id)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
