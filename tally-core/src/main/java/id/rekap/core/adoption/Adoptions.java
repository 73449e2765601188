package id.rekap.core.adoption;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.Severity;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.KeyedByRepository;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Use case: the chair adopts a result, bottom up: a TPS, then a desa once all its TPS are adopted,
 * then a kecamatan (then, at kab/kota level, the kabupaten). A TPS with ERROR findings is adopted
 * only with a recorded decision. Adopted values are locked: keyed entry and imports refuse to
 * change them, and only a correction can. Nobody adopts numbers they keyed or settled themselves.
 */
public final class Adoptions {
  private final Transactions tx;
  private final AdoptionRepository repository;
  private final ResultRepository results;
  private final KeyedByRepository keyedBy;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Supplier<CheckEngine> checks;
  private final Clock clock;

  public Adoptions(
      Transactions tx,
      AdoptionRepository repository,
      ResultRepository results,
      KeyedByRepository keyedBy,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Supplier<CheckEngine> checks,
      Clock clock) {
    this.tx = tx;
    this.repository = repository;
    this.results = results;
    this.keyedBy = keyedBy;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.checks = checks;
    this.clock = clock;
  }

  public void adopt(User chair, ContestCode code, String place, String decision) {
    Users.require(chair, Role.CHAIR);
    Contest contest =
        election
            .contest(code)
            .orElseThrow(() -> RekapException.badInput("entry.error.contest", code));
    RegionTree regions = tree.get();
    String where = place == null ? "" : place.replace(".", "").strip();
    var tps = TpsCode.parse(where).filter(regions::containsTps);
    List<String> errors = List.of();
    if (tps.isPresent()) {
      if (!contest.appliesTo(tps.get())) {
        throw RekapException.badInput("entry.error.notInContest", tps.get(), code);
      }
      errors =
          checks.get().findingsAt(where).stream()
              .filter(f -> f.contest() == code && f.severity() == Severity.ERROR)
              .map(f -> f.rule())
              .distinct()
              .toList();
      if (!errors.isEmpty() && (decision == null || decision.isBlank())) {
        throw RekapException.badInput("adoption.error.decision", where, String.join(", ", errors));
      }
    } else {
      RegionCode region =
          RegionCode.parse(where)
              .filter(c -> c.isWithin(regions.root()) && c.level() != RegionLevel.PROVINSI)
              .orElseThrow(() -> RekapException.badInput("objection.error.place", place));
      List<String> open = openChildren(contest, region, regions);
      if (!open.isEmpty()) {
        throw RekapException.badInput(
            "adoption.error.children",
            where,
            String.join(", ", open.subList(0, Math.min(10, open.size()))));
      }
    }
    List<String> errorRules = errors;
    tx.run(
        () -> {
          if (repository.find(code, where).isPresent()) {
            throw RekapException.badInput("adoption.error.already", where, code);
          }
          if (tps.isPresent() && results.of(tps.get(), code).isEmpty()) {
            throw RekapException.badInput("adoption.error.noResult", where, code);
          }
          if (tps.isPresent()
              && keyedBy.of(tps.get(), code).stream().anyMatch(k -> k.involves(chair.name()))) {
            throw RekapException.badInput("adoption.error.ownKeying", chair.name(), where, code);
          }
          String now = clock.instant().toString();
          String why = decision == null || decision.isBlank() ? null : decision.strip();
          repository.insert(new AdoptionRepository.Adopted(code, where, chair.name(), why, now));
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("contest", code.id());
          payload.put("code", where);
          payload.put("errors", errorRules);
          payload.put("decision", why);
          audit.append(chair.actor(), "adoption.adopt", payload);
        });
  }

  /** Whether the result of a TPS or region is adopted. */
  public boolean isAdopted(ContestCode contest, String code) {
    return tx.inTransaction(() -> repository.find(contest, code).isPresent());
  }

  public List<AdoptionRepository.Adopted> list() {
    return tx.inTransaction(repository::all);
  }

  /**
   * The children (TPS of a desa, desa of a kecamatan, kecamatan of a kabupaten) not yet adopted.
   */
  private List<String> openChildren(Contest contest, RegionCode region, RegionTree regions) {
    List<String> open = new ArrayList<>();
    if (region.level() == RegionLevel.DESA) {
      for (Tps t : regions.tpsUnder(region)) {
        if (contest.appliesTo(t.code()) && !isAdopted(contest.code(), t.code().value())) {
          open.add(t.code().value());
        }
      }
      return open;
    }
    RegionLevel childLevel =
        region.level() == RegionLevel.KABKOTA ? RegionLevel.KECAMATAN : RegionLevel.DESA;
    for (Region child : regions.regionsAt(childLevel)) {
      boolean hasTps =
          regions.tpsUnder(child.code()).stream().anyMatch(t -> contest.appliesTo(t.code()));
      if (child.code().isWithin(region)
          && hasTps
          && !isAdopted(contest.code(), child.code().value())) {
        open.add(child.code().value());
      }
    }
    return open;
  }
}
