package id.rekap.core.setup;

import id.rekap.core.region.RegionLevel;
import java.util.Locale;
import java.util.Optional;

/**
 * The tally centres Rekap serves: a PPK (kecamatan), a KPU/KIP Kabupaten/Kota or a KPU/KIP
 * Provinsi. Each centre but the lowest receives the signed packages of the level just below it.
 */
public enum WorkspaceLevel {
  KECAMATAN(RegionLevel.KECAMATAN),
  KABKOTA(RegionLevel.KABKOTA),
  PROVINSI(RegionLevel.PROVINSI);

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

  /**
   * The level whose packages this level receives: the PPK's for a kab/kota, the kab/kota's for a
   * province; none for a PPK (it takes in TPS results, not packages).
   */
  public Optional<WorkspaceLevel> below() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  /** The level this level sends its package to; none above a province in Rekap. */
  public Optional<WorkspaceLevel> above() {
    return ordinal() == values().length - 1
        ? Optional.empty()
        : Optional.of(values()[ordinal() + 1]);
  }

  /** Whether this level takes in packages from the level below. */
  public boolean receivesPackages() {
    return below().isPresent();
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
