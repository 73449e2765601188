package id.rekap.core.adoption;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.audit.IntegrityGate;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.common.Actor;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.Adoption;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.KeyedByRepository;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.user.User;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The chair's adoption of results, as the plenary runs it (issue 14): one decision adopts a TPS, a
 * desa with every TPS beneath that is ready (at kab/kota level a kecamatan with its desa and TPS),
 * or the workspace's own region over its adopted children; it names what it leaves out and why. A
 * TPS with ERROR findings (or, at kab/kota, a package disagreeing with the numbers used here) is
 * adopted only with a recorded plenary ruling. An adoption records the digest of what it adopted
 * and is OFFICIAL only while the numbers keep it (issue 13); a correction, a newer package or a
 * re-opening lifts it, with the reason, into the history. Adopted values are locked: keyed entry
 * and imports refuse to change them, and only a correction can.
 */
public final class Adoptions {
  /**
   * A decision to adopt a place.
   *
   * @param text the plenary's decision in words (optional; for a TPS also its ruling)
   * @param rulings the plenary's rulings given with the decision, by TPS or region code
   * @param partial the chair accepts adopting what is ready and leaving the rest (the place then
   *     stays DRAFT); without it a decision that would leave something out is refused
   * @param expected what the chair was shown would be adopted (code → digest), or null; when the
   *     decision would adopt anything else now, it is refused
   */
  public record Request(
      ContestCode contest,
      String place,
      String text,
      Map<String, String> rulings,
      boolean partial,
      Map<String, String> expected) {

    /** A decision without rulings given, refusing to leave anything out. */
    public static Request of(ContestCode contest, String place, String text) {
      return new Request(contest, place, text, Map.of(), false, null);
    }
  }

  /** What a decision did: its number in the history, and what it included and left out. */
  public record Outcome(long decision, AdoptionPlan plan) {}

  private final Ports ports;
  private final AdoptionDecisions decisions;

  public Adoptions(
      Transactions tx,
      AdoptionRepository repository,
      DecisionRepository history,
      ResultRepository results,
      KeyedByRepository keyedBy,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Supplier<CheckEngine> checks,
      Clock clock,
      IntegrityGate gate,
      OpenBusiness open) {
    this.ports =
        new Ports(
            tx,
            repository,
            history,
            results,
            keyedBy,
            audit,
            election,
            tree,
            checks,
            clock,
            gate,
            open);
    this.decisions = new AdoptionDecisions(ports);
  }

  /**
   * Adopts a place in one decision, refusing when anything would be left out (the form of the
   * command line before issue 14). For a TPS the decision text is also its ruling.
   */
  public void adopt(User chair, ContestCode code, String place, String decision) {
    decide(chair, Request.of(code, place, decision));
  }

  /** What a decision on the place would adopt and leave out now (a query). */
  public AdoptionPlan preview(ContestCode contest, String place, Map<String, String> rulings) {
    return decisions.preview(contest, place, rulings);
  }

  /**
   * The chair's decision on a place: everything ready beneath it is adopted, in one transaction
   * with one audit event ({@code adoption.adopt}) naming what it adopted, what counted as adopted
   * before and what it left out with why. Refused, changing nothing, when nothing is ready, when it
   * would leave something out without {@link Request#partial}, or on a store that fails the
   * integrity check.
   */
  public Outcome decide(User chair, Request request) {
    return decisions.decide(chair, request);
  }

  /**
   * Records the plenary's ruling on a TPS or region whose findings (or package conflict) keep it
   * out of an adoption; the ruling counts while the place stays in the situation it ruled on.
   *
   * @return its number in the history
   */
  public long rule(User chair, ContestCode contest, String place, String text) {
    return decisions.rule(chair, contest, place, text);
  }

  /**
   * Re-opens an adoption with the chair's reason: it and the adoptions above it are lifted and
   * their forms print DRAFT with the reason, until adopted again.
   *
   * @return the codes re-opened
   */
  public List<String> reopen(User chair, ContestCode contest, String place, String reason) {
    return decisions.reopen(chair, contest, place, reason);
  }

  /**
   * Kab/kota: the PPK's package numbers count at a TPS where numbers of this workspace outranked
   * them; the adoptions they change are lifted.
   */
  public List<Source> usePackage(User chair, ContestCode contest, String tps, String reason) {
    return decisions.usePackage(chair, contest, tps, reason, this);
  }

  /** The chair's queue: each desa (kecamatan at kab/kota) and the workspace's region. */
  public List<QueueItem> queue(ContestCode contest) {
    return new AdoptionQueue(ports).run(contest);
  }

  /** The adoption history of a place (made on it, above it or beneath it), oldest first. */
  public List<Decision> history(ContestCode contest, String place) {
    String where = AdoptionDecisions.clean(place);
    return ports
        .tx()
        .inTransaction(
            () ->
                ports.decisions().of(contest).stream()
                    .filter(d -> where.isEmpty() || d.concerns(where))
                    .toList());
  }

  /**
   * Whether the result of a TPS or region is adopted and not lifted: its numbers are locked and it
   * counts for the adoption of the level above. Whether a form of it is OFFICIAL is {@link #stamp}.
   */
  public boolean isAdopted(ContestCode contest, String code) {
    return ports
        .tx()
        .inTransaction(
            () -> ports.adoptions().find(contest, code).filter(AdoptionRepository.Adopted::inForce))
        .isPresent();
  }

  /**
   * Whether the current numbers of a TPS or region are exactly the adopted ones (OFFICIAL), and if
   * not, why (never adopted, lifted, changed since, adopted without a digest).
   */
  public AdoptionStamp stamp(ContestCode contest, String code) {
    return ports
        .tx()
        .inTransaction(
            () -> {
              var found = ports.adoptions().find(contest, code);
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
   * reason and an entry of the history; the forms print DRAFT until the chair adopts again.
   *
   * @return the codes lifted
   */
  public List<String> liftWhereChanged(
      Actor actor, ContestCode contest, String place, String reason) {
    List<String> lifted = new ArrayList<>();
    for (var a : ports.adoptions().all()) {
      if (a.contest() != contest
          || !a.inForce()
          || !(place.startsWith(a.code()) || a.code().startsWith(place))) {
        continue;
      }
      String now = digestOf(contest, a.code());
      if (now.equals(a.digest())) {
        continue;
      }
      String at = ports.now();
      ports.adoptions().lift(contest, a.code(), at, reason);
      long id = ports.decisions().nextId();
      ports
          .decisions()
          .insert(
              new Decision(
                  id,
                  contest,
                  a.code(),
                  Decision.Kind.LIFT,
                  actor.name(),
                  at,
                  reason,
                  Map.of(a.code(), Objects.requireNonNullElse(a.digest(), "-")),
                  List.of(),
                  Map.of(),
                  Map.of(),
                  false,
                  Map.of()));
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("contest", contest.id());
      payload.put("code", a.code());
      payload.put("adopted", a.digest());
      payload.put("digest", now);
      payload.put("reason", reason);
      payload.put("decision", id);
      ports.audit().append(actor, AuditAction.ADOPTION_LIFT, payload);
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
    ports.results().forEachUnder(contest, code, used::offer);
    return AdoptionDigest.of(contest, code, used.adopted());
  }

  public List<AdoptionRepository.Adopted> list() {
    return ports.tx().inTransaction(ports.adoptions()::all);
  }
}
