package id.rekap.core.revote;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.entry.KeyingRepository;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Use case: a TPS voted (or counted) again. The re-vote is recorded with its kind and reason, and
 * every result the TPS had in that contest, of any source, leaves the count for the history: from
 * then on only the later vote's results count, whichever way they come (a Sirekap file, keyed
 * forms, a template). Unfinished keyings of the earlier forms are dropped with it (their values are
 * in the audit log). A TPS whose result is adopted cannot be re-voted here: the plenary corrects
 * adopted numbers.
 */
public final class Revotes {
  /** A reason is printed on the D.Kejadian; like a correction's, it has a bounded length. */
  static final int MAX_REASON = 2000;

  private final Transactions tx;
  private final RevoteRepository revotes;
  private final ResultRepository results;
  private final KeyingRepository keyings;
  private final AdoptionRepository adoptions;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Clock clock;

  public Revotes(
      Transactions tx,
      RevoteRepository revotes,
      ResultRepository results,
      KeyingRepository keyings,
      AdoptionRepository adoptions,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Clock clock) {
    this.tx = tx;
    this.revotes = revotes;
    this.results = results;
    this.keyings = keyings;
    this.adoptions = adoptions;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.clock = clock;
  }

  /** What the clerk declares: the TPS, the contest, the kind and the reason. */
  public record Declaration(TpsCode tps, ContestCode contest, RevoteKind kind, String reason) {}

  /**
   * The chair declares a re-vote before its result comes in (e.g. to key the new C.Hasil): the
   * earlier results leave the count at once, and the TPS is missing until the new result arrives.
   */
  public Revote declare(User chair, Declaration d) {
    Users.require(chair, Role.CHAIR);
    String reason = requireReason(d.reason());
    if (!tree.get().containsTps(d.tps())) {
      throw RekapException.badInput("revote.error.unknownTps", d.tps());
    }
    if (election.contest(d.contest()).filter(c -> c.appliesTo(d.tps())).isEmpty()) {
      throw RekapException.badInput("revote.error.notInContest", d.tps(), d.contest());
    }
    return tx.inTransaction(
        () -> {
          // a re-opened (lifted) adoption no longer stands in the way
          if (adoptions
              .find(d.contest(), d.tps().value())
              .filter(AdoptionRepository.Adopted::inForce)
              .isPresent()) {
            throw RekapException.badInput("revote.error.adopted", d.tps(), d.contest());
          }
          AuditLog.Entry event =
              supersede(chair.actor(), d.tps(), d.contest(), d.kind(), Revote.Marker.CLERK, reason);
          audit.append(chair.actor(), event.action(), event.payload());
          return revotes.of(d.tps(), d.contest()).getLast();
        });
  }

  /**
   * Records a re-vote and moves the TPS's results to its history, in the caller's transaction (an
   * import stores the re-vote's result in the same one); returns the audit event to append.
   */
  public AuditLog.Entry supersede(
      Actor actor,
      TpsCode tps,
      ContestCode contest,
      RevoteKind kind,
      Revote.Marker marker,
      String reason) {
    List<TpsResult> before = results.of(tps, contest);
    long id = revotes.nextId();
    String now = clock.instant().toString();
    revotes.record(
        new Revote(id, tps, contest, kind, marker, reason, actor.name(), now, List.of()));
    keyings.delete(tps, contest, Source.CHASIL);
    keyings.delete(tps, contest, Source.SALINAN);
    Map<String, Object> superseded = new LinkedHashMap<>();
    for (TpsResult r : before) {
      superseded.put(r.source().id(), r.digest());
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("tps", tps.value());
    payload.put("contest", contest.id());
    payload.put("kind", kind.id());
    payload.put("markedBy", marker.id());
    payload.put("reason", reason == null ? "" : reason);
    payload.put("supersedes", superseded);
    return new AuditLog.Entry(AuditAction.RESULT_REVOTE, payload);
  }

  /** A clerk's reason, stripped; refused when blank or too long. */
  public static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw RekapException.badInput("revote.error.reason");
    }
    String r = reason.strip();
    if (r.length() > MAX_REASON) {
      throw RekapException.badInput("revote.error.reasonLength", MAX_REASON);
    }
    return r;
  }

  /** The kind of the latest re-vote of every TPS that had one, in a contest. */
  public Map<TpsCode, RevoteKind> latestKinds(ContestCode contest) {
    Map<TpsCode, RevoteKind> out = new HashMap<>();
    for (Revote r : tx.inTransaction(() -> revotes.under(""))) {
      if (r.contest() == contest) {
        out.put(r.tps(), r.kind());
      }
    }
    return out;
  }

  /** The re-votes under a region (empty prefix: all), oldest first, with what they superseded. */
  public List<Revote> under(String regionPrefix) {
    return tx.inTransaction(() -> revotes.under(regionPrefix));
  }

  /** The re-votes of one TPS in one contest, oldest first. */
  public List<Revote> of(TpsCode tps, ContestCode contest) {
    return tx.inTransaction(() -> revotes.of(tps, contest));
  }

  /** The latest re-vote of a TPS in a contest, if it had one. */
  public Optional<Revote> latest(TpsCode tps, ContestCode contest) {
    List<Revote> all = of(tps, contest);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
  }
}
