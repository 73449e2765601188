package id.rekap.core.region;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.Sha256;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Use case: import region and TPS master data. Idempotent: what is already stored unchanged is left
 * alone; new regions and TPS are added, renamed ones updated; nothing is ever removed (a TPS may
 * already hold results). All files of one call are one transaction with one audit event. An
 * operator, verifier or chair imports; a change under a region or TPS the chair has adopted (a
 * renamed desa, another DPT, a TPS added) is refused unless the chair makes it as a correction with
 * a reason.
 */
public final class ImportRegions {
  private final Transactions tx;
  private final RegionRepository repository;
  private final AuditLog audit;
  private final RegionScope scope;
  private final Supplier<Set<String>> adopted;

  /**
   * @param adopted the codes (TPS or region) adopted in any contest, read inside the transaction
   */
  public ImportRegions(
      Transactions tx,
      RegionRepository repository,
      AuditLog audit,
      RegionCode root,
      Supplier<Set<String>> adopted) {
    this.tx = tx;
    this.repository = repository;
    this.audit = audit;
    this.scope = new RegionScope(root);
    this.adopted = adopted;
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

  /**
   * Imports for a logged-in user.
   *
   * @param correction the reason, when the chair changes master data under an adopted region; null
   *     otherwise
   */
  public Summary run(User by, List<Path> paths, String correction) {
    Users.require(by, Role.OPERATOR);
    String reason = correction == null ? null : correction.strip();
    if (reason != null) {
      Users.require(by, Role.CHAIR);
      if (reason.isEmpty()) {
        throw RekapException.badInput("region.error.correctionReason");
      }
    }
    return read(paths, by.actor(), reason, false);
  }

  /**
   * The first master data of a workspace, imported by its creator as part of creating it (the
   * wizard's last page); refused once any region is stored.
   */
  public Summary initial(Actor creator, List<Path> paths) {
    return read(paths, creator, null, true);
  }

  private Summary read(List<Path> paths, Actor actor, String correction, boolean initial) {
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
    return tx.inTransaction(
        () -> {
          if (initial && !repository.allRegions().isEmpty()) {
            throw RekapException.badInput("region.error.notInitial");
          }
          return apply(actor, correction, regions, tps, digests, left);
        });
  }

  private static Tps keepDpt(Tps old, Tps fresh) {
    return fresh.dpt() == null && old.dpt() != null
        ? new Tps(fresh.code(), fresh.name(), old.dpt())
        : fresh;
  }

  private Summary apply(
      Actor actor,
      String correction,
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
    List<String> touched = adoptedTouched(added, renamed, tpsAdded, tpsUpdated);
    if (!touched.isEmpty() && correction == null) {
      throw RekapException.badInput(
          "region.error.adopted",
          String.join(", ", touched.subList(0, Math.min(5, touched.size()))));
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
    if (correction != null) {
      payload.put("reason", correction);
      payload.put("adopted", touched);
    }
    audit.append(
        actor,
        correction == null ? AuditAction.REGIONS_IMPORT : AuditAction.REGIONS_CORRECT,
        payload);
    return summary;
  }

  /**
   * The adopted codes a change touches: a region or TPS added, renamed or updated at or under an
   * adopted place, or a region renamed above one (its name is printed on the adopted forms).
   */
  private List<String> adoptedTouched(
      List<Region> added, List<Region> renamed, List<Tps> tpsAdded, List<Tps> tpsUpdated) {
    Set<String> done = adopted.get();
    if (done.isEmpty()) {
      return List.of();
    }
    Set<String> touched = new TreeSet<>();
    List<String> changed = new ArrayList<>();
    added.forEach(r -> changed.add(r.code().value()));
    tpsAdded.forEach(t -> changed.add(t.code().value()));
    tpsUpdated.forEach(t -> changed.add(t.code().value()));
    for (String code : changed) {
      done.stream().filter(code::startsWith).forEach(touched::add);
    }
    for (Region r : renamed) {
      String code = r.code().value();
      done.stream().filter(a -> a.startsWith(code) || code.startsWith(a)).forEach(touched::add);
    }
    return new ArrayList<>(touched);
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
