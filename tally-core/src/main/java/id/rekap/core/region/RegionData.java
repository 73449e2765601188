package id.rekap.core.region;

import java.util.List;

/**
 * Regions and TPS read from master-data files, before they are stored; {@code outside} counts the
 * entries that lay outside the workspace's scope and were left out.
 */
public record RegionData(List<Region> regions, List<Tps> tps, int outside) {
  public RegionData {
    regions = List.copyOf(regions);
    tps = List.copyOf(tps);
  }

  public RegionData(List<Region> regions, List<Tps> tps) {
    this(regions, tps, 0);
  }
}
