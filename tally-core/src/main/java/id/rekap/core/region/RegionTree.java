package id.rekap.core.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The master data of one workspace in memory: its region and everything beneath it, down to the
 * TPS. Sorted by code, so every listing comes out in the official order.
 */
public final class RegionTree {
  private final RegionCode root;
  private final NavigableMap<RegionCode, Region> regions = new TreeMap<>();
  private final NavigableMap<TpsCode, Tps> tps = new TreeMap<>();

  public RegionTree(RegionCode root, Collection<Region> regions, Collection<Tps> tps) {
    this.root = root;
    for (Region r : regions) {
      this.regions.put(r.code(), r);
    }
    for (Tps t : tps) {
      if (t.code().isWithin(root)) {
        this.tps.put(t.code(), t);
      }
    }
  }

  public RegionCode root() {
    return root;
  }

  public Optional<Region> region(RegionCode code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The region's name, or its dotted code when the master data does not name it. */
  public String nameOf(RegionCode code) {
    Region r = regions.get(code);
    return r == null ? code.dotted() : r.name();
  }

  public Optional<Tps> tps(TpsCode code) {
    return Optional.ofNullable(tps.get(code));
  }

  public boolean containsTps(TpsCode code) {
    return tps.containsKey(code);
  }

  /** All TPS of the workspace, in code order. */
  public Collection<Tps> allTps() {
    return Collections.unmodifiableCollection(tps.values());
  }

  public int tpsCount() {
    return tps.size();
  }

  /** The TPS beneath a region, in code order. */
  public Collection<Tps> tpsUnder(RegionCode region) {
    String from = region.value();
    return Collections.unmodifiableCollection(
        tps.subMap(new TpsCode(pad(from, '0')), true, new TpsCode(pad(from, '9')), true).values());
  }

  private static String pad(String prefix, char c) {
    return prefix + String.valueOf(c).repeat(TpsCode.DIGITS - prefix.length());
  }

  /**
   * The regions of the workspace at a level, in code order: those at or below the workspace's own
   * level that lie within it. A region that has TPS or named regions beneath it but no name of its
   * own still appears.
   */
  public List<Region> regionsAt(RegionLevel level) {
    if (level.digits() < root.value().length()) {
      return List.of();
    }
    Map<RegionCode, Region> found = new TreeMap<>();
    for (Region r : regions.values()) {
      if (r.code().isWithin(root)) {
        // a named region below the level also brings its ancestor's row, so no row is orphaned
        r.code().at(level).ifPresent(c -> found.computeIfAbsent(c, x -> new Region(x, nameOf(x))));
      }
    }
    for (TpsCode t : tps.keySet()) {
      RegionCode code = t.at(level);
      found.computeIfAbsent(code, c -> new Region(c, nameOf(c)));
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The part of this tree beneath {@code region} (inclusive), as a tree rooted there: its recap at
   * any level has exactly the rows of this tree's recap that lie within {@code region}, without
   * walking every TPS of the workspace (a province receiving one kab/kota's package).
   */
  public RegionTree within(RegionCode region) {
    List<Region> named = new ArrayList<>();
    for (Region r : regions.values()) {
      if (r.code().isWithin(region) || region.isWithin(r.code())) {
        named.add(r);
      }
    }
    return new RegionTree(region, named, tpsUnder(region));
  }

  /** The names of the workspace region and its ancestors, province first (for headers). */
  public List<Region> lineage() {
    List<Region> out = new ArrayList<>();
    for (RegionLevel level : RegionLevel.values()) {
      root.at(level).ifPresent(c -> out.add(new Region(c, nameOf(c))));
    }
    return out;
  }
}
