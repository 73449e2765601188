package id.rekap.core.region;

import java.util.List;

/** Regions and TPS read from master-data files, before they are stored. */
public record RegionData(List<Region> regions, List<Tps> tps) {
  public RegionData {
    regions = List.copyOf(regions);
    tps = List.copyOf(tps);
  }
}
