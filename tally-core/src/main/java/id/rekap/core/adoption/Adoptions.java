package id.rekap.core.adoption;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.Severity;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.Adoption;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
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
 * change them, and only a correction can.
 */
public final class Adoptions {
  private final Transactions tx;
  private final AdoptionRepository repository;
  private final ResultRepository results;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Supplier<CheckEngine> checks;
  private final Clock clock;
  private final id.rekap.core.audit.IntegrityGate gate;

  public Adoptions(
      Transactions tx,
      AdoptionRepository repository,
      ResultRepository results,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Supplier<CheckEngine> checks,
      Clock clock,
      id.rekap.core.audit.IntegrityGate gate) {
    this.tx = tx;
    this.repository = repository;
    this.results = results;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.checks = checks;
    this.clock = clock;
    this.gate = gate;
  }

  public void adopt(User chair, ContestCode code, String place, String decision) {
    Users.require(chair, Role.CHAIR);
    gate.requireIntact();
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
          var existing = repository.find(code, where);
          if (tps.isPresent() && results.of(tps.get(), code).isEmpty()) {
            throw RekapException.badInput("adoption.error.noResult", where, code);
          }
          String digest = digestOf(code, where);
          if (existing.isPresent()
              && existing.get().inForce()
              && digest.equals(existing.get().digest())) {
            throw RekapException.badInput("adoption.error.already", where, code);
          }
          String now = clock.instant().toString();
          String why = decision == null || decision.isBlank() ? null : decision.strip();
          repository.save(
              new AdoptionRepository.Adopted(code, where, chair.name(), why, now, digest));
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("contest", code.id());
          payload.put("code", where);
          payload.put("errors", errorRules);
          payload.put("decision", why);
          payload.put("digest", digest);
          existing.ifPresent(a -> payload.put("replaces", a.digest()));
          audit.append(chair.actor(), "adoption.adopt", payload);
        });
  }

  /**
   * Whether the result of a TPS or region is adopted and not lifted: its numbers are locked and it
   * counts for the adoption of the level above. Whether a form of it is OFFICIAL is {@link #stamp}.
   */
  public boolean isAdopted(ContestCode contest, String code) {
    return tx.inTransaction(
            () -> repository.find(contest, code).filter(AdoptionRepository.Adopted::inForce))
        .isPresent();
  }

  /**
   * Whether the current numbers of a TPS or region are exactly the adopted ones (OFFICIAL), and if
   * not, why (never adopted, lifted, changed since, adopted without a digest).
   */
  public AdoptionStamp stamp(ContestCode contest, String code) {
    return tx.inTransaction(
        () -> {
          var found = repository.find(contest, code);
          if (found.isEmpty()) {
            return AdoptionStamp.NONE;
          }
          var a = found.get();
          AdoptionStamp.State state;
          if (!a.inForce()) {
            state = AdoptionStamp.State.LIFTED;
          } else if (a.digest() == null) {
            state = AdoptionStamp.State.UNVERIFIED;
          } else if (!a.digest().equals(digestOf(contest, code))) {
            state = AdoptionStamp.State.CHANGED;
          } else {
            state = AdoptionStamp.State.OFFICIAL;
          }
          return new AdoptionStamp(
              state, a.digest(), a.at(), a.by(), a.liftedAt(), a.liftedReason());
        });
  }

  /**
   * Lifts, inside the caller's transaction, every adoption in force of the contest over or under
   * {@code place} (a TPS or region code) whose adopted digest no longer matches the numbers: a
   * correction, a newer package or a re-vote changed them. Each lift is an audit event with the
   * reason; the forms print DRAFT until the chair adopts again.
   *
   * @return the codes lifted
   */
  public List<String> liftWhereChanged(
      id.rekap.core.common.Actor actor, ContestCode contest, String place, String reason) {
    List<String> lifted = new ArrayList<>();
    for (var a : repository.all()) {
      if (a.contest() != contest
          || !a.inForce()
          || !(place.startsWith(a.code()) || a.code().startsWith(place))) {
        continue;
      }
      String now = digestOf(contest, a.code());
      if (now.equals(a.digest())) {
        continue;
      }
      String at = clock.instant().toString();
      repository.lift(contest, a.code(), at, reason);
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("contest", contest.id());
      payload.put("code", a.code());
      payload.put("adopted", a.digest());
      payload.put("digest", now);
      payload.put("reason", reason);
      audit.append(actor, "adoption.lift", payload);
      lifted.add(a.code());
    }
    return lifted;
  }

  /**
   * The {@link AdoptionDigest} of the numbers now stored for a TPS or region (inside a
   * transaction): the result the recap uses at every TPS under the code.
   */
  String digestOf(ContestCode contest, String code) {
    Adoption used = new Adoption();
    var tps = TpsCode.parse(code);
    if (tps.isPresent()) {
      results.of(tps.get(), contest).forEach(used::offer);
    } else {
      results.forEach(
          contest,
          r -> {
            if (r.tps().value().startsWith(code)) {
              used.offer(r);
            }
          });
    }
    return AdoptionDigest.of(contest, code, used.adopted());
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
