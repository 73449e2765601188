package id.rekap.core.region;

/**
 * Which master-data entries a workspace keeps: its own region, everything beneath it, and its
 * ancestors (for the names printed in headers). National files are filtered through this.
 */
public record RegionScope(RegionCode root) {
  public boolean keeps(RegionCode code) {
    return code.isWithin(root) || root.isWithin(code);
  }

  public boolean keeps(TpsCode code) {
    return code.isWithin(root);
  }
}
