package id.rekap.core.plenary;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Use cases of witnesses' objections (keberatan) and special events (kejadian khusus): recorded
 * verbatim against a TPS, a desa or the whole recap, answered by the chair, and kept whatever the
 * decision, for the D.Kejadian Khusus dan/atau Keberatan form.
 */
public final class Objections {
  /** An objection by a saksi, or a special event. */
  public enum Kind {
    KEBERATAN,
    KEJADIAN;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> of(String id) {
      for (Kind k : values()) {
        if (k.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** The plenary's answer; an objection stays on record when rejected. */
  public enum Decision {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Decision> of(String id) {
      for (Decision d : values()) {
        if (d.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * What is raised: the kind, the contest (null for the whole plenary), the participant the raising
   * witness represents (null when not a witness), the place (a TPS, desa, kecamatan or the
   * workspace code), who raised it and what was said.
   */
  public record Raised(
      Kind kind,
      ContestCode contest,
      Integer participant,
      String place,
      String raisedBy,
      String text) {}

  private final Transactions tx;
  private final PlenaryRepository plenary;
  private final SessionRepository sessions;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final Supplier<RegionTree> tree;
  private final Clock clock;

  public Objections(
      Transactions tx,
      PlenaryRepository plenary,
      SessionRepository sessions,
      AuditLog audit,
      ElectionDefinition election,
      Supplier<RegionTree> tree,
      Clock clock) {
    this.tx = tx;
    this.plenary = plenary;
    this.sessions = sessions;
    this.audit = audit;
    this.election = election;
    this.tree = tree;
    this.clock = clock;
  }

  /**
   * Records an objection or event; {@code place} is a TPS, desa, kecamatan or the workspace code.
   */
  public long record(
      User by, Kind kind, ContestCode contest, String place, String raisedBy, String text) {
    return record(by, new Raised(kind, contest, null, place, raisedBy, text));
  }

  /**
   * Records an objection or event in the session open now (else the latest one, where the clerk
   * types in what was raised after it closed).
   */
  public long record(User by, Raised raised) {
    Users.require(by, Role.OPERATOR);
    Kind kind = raised.kind();
    ContestCode contest = raised.contest();
    String raisedBy = raised.raisedBy();
    String text = raised.text();
    Integer participant = raised.participant();
    if (participant != null
        && (contest == null || !Participants.exists(election, contest, participant))) {
      throw RekapException.badInput(
          "objection.error.participant", participant, contest == null ? "-" : contest.id());
    }
    String where = raised.place() == null ? "" : raised.place().strip();
    RegionTree regions = tree.get();
    boolean known =
        TpsCode.parse(where).map(regions::containsTps).orElse(false)
            || RegionCode.parse(where)
                .map(c -> c.isWithin(regions.root()) && regions.region(c).isPresent())
                .orElse(false);
    if (!known) {
      throw RekapException.badInput("objection.error.place", raised.place());
    }
    if (raisedBy == null || raisedBy.isBlank() || text == null || text.isBlank()) {
      throw RekapException.badInput("objection.error.text");
    }
    return tx.inTransaction(
        () -> {
          long id = plenary.nextObjectionId();
          Long session = sessionNow();
          plenary.insert(
              new PlenaryRepository.ObjectionRow(
                  id,
                  kind,
                  contest,
                  where.replace(".", ""),
                  raisedBy.strip(),
                  text.strip(),
                  null,
                  Decision.PENDING,
                  by.name(),
                  clock.instant().toString(),
                  session,
                  participant,
                  null));
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("id", id);
          payload.put("kind", kind.id());
          payload.put("contest", contest == null ? null : contest.id());
          payload.put("participant", participant);
          payload.put("session", session);
          payload.put("place", where.replace(".", ""));
          payload.put("raisedBy", raisedBy.strip());
          payload.put("text", text.strip());
          audit.append(by.actor(), AuditAction.OBJECTION_RECORD, payload);
          return id;
        });
  }

  /** The chair's response and decision. */
  public void respond(User chair, long id, String response, Decision decision) {
    Users.require(chair, Role.CHAIR);
    if (response == null || response.isBlank() || decision == Decision.PENDING) {
      throw RekapException.badInput("objection.error.response");
    }
    tx.run(
        () -> {
          if (plenary.objections().stream().noneMatch(o -> o.id() == id)) {
            throw RekapException.badInput("objection.error.unknown", id);
          }
          plenary.respond(id, response.strip(), decision);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("id", id);
          payload.put("response", response.strip());
          payload.put("decision", decision.id());
          audit.append(chair.actor(), AuditAction.OBJECTION_RESPOND, payload);
        });
  }

  /** Panwaslu's recommendation on an objection or event, as it gave it in the plenary. */
  public void recommend(User by, long id, String recommendation) {
    Users.require(by, Role.OPERATOR);
    if (recommendation == null || recommendation.isBlank()) {
      throw RekapException.badInput("objection.error.recommendation");
    }
    tx.run(
        () -> {
          if (plenary.objections().stream().noneMatch(o -> o.id() == id)) {
            throw RekapException.badInput("objection.error.unknown", id);
          }
          plenary.recommend(id, recommendation.strip());
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("id", id);
          payload.put("recommendation", recommendation.strip());
          audit.append(by.actor(), AuditAction.OBJECTION_RECOMMEND, payload);
        });
  }

  /** The open session, else the latest; null when none was ever recorded. */
  private Long sessionNow() {
    List<PlenarySession> all = sessions.all();
    return all.stream()
        .filter(PlenarySession::open)
        .findFirst()
        .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.getLast()))
        .map(PlenarySession::id)
        .orElse(null);
  }

  /** Every objection and event under a place (a code prefix; empty for all), accepted or not. */
  public List<PlenaryRepository.ObjectionRow> list(String under) {
    String prefix = under == null ? "" : under.replace(".", "").strip();
    return tx.inTransaction(
        () -> plenary.objections().stream().filter(o -> o.place().startsWith(prefix)).toList());
  }
}
