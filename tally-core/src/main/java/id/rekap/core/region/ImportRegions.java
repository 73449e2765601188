package id.rekap.core.region;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.signing.Sha256;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Use case: import region and TPS master data. Idempotent: what is already stored unchanged is left
 * alone; new regions and TPS are added, renamed ones updated; nothing is ever removed (a TPS may
 * already hold results). All files of one call are one transaction with one audit event.
 */
public final class ImportRegions {
  private final Transactions tx;
  private final RegionRepository repository;
  private final AuditLog audit;
  private final RegionScope scope;

  public ImportRegions(
      Transactions tx, RegionRepository repository, AuditLog audit, RegionCode root) {
    this.tx = tx;
    this.repository = repository;
    this.audit = audit;
    this.scope = new RegionScope(root);
  }

  /**
   * What an import changed; {@code outside} counts the entries of Sirekap region lists that lay
   * outside the workspace's region and were left out (a national folder holds every province).
   */
  public record Summary(
      int files,
      int regionsAdded,
      int regionsRenamed,
      int tpsAdded,
      int tpsUpdated,
      int unchanged,
      int outside) {
    public Summary(
        int files,
        int regionsAdded,
        int regionsRenamed,
        int tpsAdded,
        int tpsUpdated,
        int unchanged) {
      this(files, regionsAdded, regionsRenamed, tpsAdded, tpsUpdated, unchanged, 0);
    }
  }

  public Summary run(Actor actor, List<Path> paths) {
    List<Path> files = RegionFileReader.expand(paths);
    if (files.isEmpty()) {
      throw RekapException.badInput("input.error.noFiles", paths);
    }
    Map<RegionCode, Region> regions = new TreeMap<>();
    Map<TpsCode, Tps> tps = new TreeMap<>();
    Map<String, String> digests = new LinkedHashMap<>();
    int outside = 0;
    for (Path file : files) {
      RegionData data = RegionFileReader.read(file, scope);
      outside += data.outside();
      data.regions().forEach(r -> regions.put(r.code(), r));
      data.tps().forEach(t -> tps.merge(t.code(), t, ImportRegions::keepDpt));
      digests.put(
          file.toString(),
          Sha256.hex(JsonInput.readBounded(file, RegionFileReader.MAX_FILE_BYTES)));
    }
    if (regions.keySet().stream().noneMatch(c -> c.isWithin(scope.root())) && tps.isEmpty()) {
      throw RekapException.badInput("region.error.outOfScope", files.getFirst(), scope.root());
    }
    int left = outside;
    return tx.inTransaction(() -> apply(actor, regions, tps, digests, left));
  }

  private static Tps keepDpt(Tps old, Tps fresh) {
    return fresh.dpt() == null && old.dpt() != null
        ? new Tps(fresh.code(), fresh.name(), old.dpt())
        : fresh;
  }

  private Summary apply(
      Actor actor,
      Map<RegionCode, Region> regions,
      Map<TpsCode, Tps> tps,
      Map<String, String> digests,
      int outside) {
    Map<RegionCode, Region> stored = new TreeMap<>();
    repository.allRegions().forEach(r -> stored.put(r.code(), r));
    Map<TpsCode, Tps> storedTps = new TreeMap<>();
    repository.allTps().forEach(t -> storedTps.put(t.code(), t));

    List<Region> added = new ArrayList<>();
    List<Region> renamed = new ArrayList<>();
    for (Region r : regions.values()) {
      Region old = stored.get(r.code());
      if (old == null) {
        added.add(r);
      } else if (!old.name().equals(r.name())) {
        renamed.add(r);
      }
    }
    List<Tps> tpsAdded = new ArrayList<>();
    List<Tps> tpsUpdated = new ArrayList<>();
    for (Tps t : tps.values()) {
      Tps old = storedTps.get(t.code());
      if (old == null) {
        tpsAdded.add(t);
      } else if (!old.name().equals(t.name())
          || (t.dpt() != null && !Objects.equals(old.dpt(), t.dpt()))) {
        tpsUpdated.add(new Tps(t.code(), t.name(), t.dpt() == null ? old.dpt() : t.dpt()));
      }
    }
    requireKnownDesa(tps.values(), stored, regions);
    int unchanged =
        regions.size()
            + tps.size()
            - added.size()
            - renamed.size()
            - tpsAdded.size()
            - tpsUpdated.size();
    Summary summary =
        new Summary(
            digests.size(),
            added.size(),
            renamed.size(),
            tpsAdded.size(),
            tpsUpdated.size(),
            unchanged,
            outside);
    if (added.isEmpty() && renamed.isEmpty() && tpsAdded.isEmpty() && tpsUpdated.isEmpty()) {
      return summary;
    }
    repository.insertRegions(added);
    repository.renameRegions(renamed);
    repository.insertTps(tpsAdded);
    repository.updateTps(tpsUpdated);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("files", digests);
    payload.put("regionsAdded", added.size());
    payload.put("regionsRenamed", renamed.stream().map(r -> r.code().value()).toList());
    payload.put("tpsAdded", tpsAdded.size());
    payload.put("tpsUpdated", tpsUpdated.stream().map(t -> t.code().value()).toList());
    payload.put("outside", outside);
    audit.append(actor, "regions.import", payload);
    return summary;
  }

  private static void requireKnownDesa(
      java.util.Collection<Tps> tps,
      Map<RegionCode, Region> stored,
      Map<RegionCode, Region> fresh) {
    for (Tps t : tps) {
      RegionCode desa = t.code().desa();
      if (!stored.containsKey(desa) && !fresh.containsKey(desa)) {
        throw RekapException.badInput("region.error.unknownDesa", t.code(), desa);
      }
    }
  }
}
