package id.rekap.core.region;

import java.util.List;

/** Persistence of master data (implemented by the store). */
public interface RegionRepository {
  List<Region> allRegions();

  List<Tps> allTps();

  void insertRegions(List<Region> regions);

  void renameRegions(List<Region> regions);

  void insertTps(List<Tps> tps);

  void updateTps(List<Tps> tps);
}
