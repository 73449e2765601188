package id.rekap.core.region;

import java.util.Locale;
import java.util.Optional;

/** The administrative levels above a TPS, identified by the length of their Kemendagri code. */
public enum RegionLevel {
  PROVINSI(2),
  KABKOTA(4),
  KECAMATAN(6),
  DESA(10);

  private final int digits;

  RegionLevel(int digits) {
    this.digits = digits;
  }

  public int digits() {
    return digits;
  }

  /**
   * The contract's lower-case name: {@code provinsi}, {@code kabkota}, {@code kecamatan}, {@code
   * desa}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RegionLevel> ofDigits(int digits) {
    for (RegionLevel level : values()) {
      if (level.digits == digits) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public static Optional<RegionLevel> ofId(String id) {
    for (RegionLevel level : values()) {
      if (level.id().equals(id)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The level just below, if any (none below a desa: its children are TPS). */
  public Optional<RegionLevel> child() {
    return ordinal() == values().length - 1
        ? Optional.empty()
        : Optional.of(values()[ordinal() + 1]);
  }

  /** The level just above, if any. */
  public Optional<RegionLevel> parent() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}
