package id.rekap.core.region;

/** A province, kab/kota, kecamatan or desa/kelurahan with its official name. */
public record Region(RegionCode code, String name) {
  public Region {
    if (code == null || name == null || name.isBlank()) {
      throw new IllegalArgumentException("region needs a code and a name");
    }
  }

  public RegionLevel level() {
    return code.level();
  }
}
