// Over 400 lines: the chair's decisions (adopt, rule, reopen, lift, use a package) share one set
// of preconditions and one audit shape, kept in one file so that when a place may be adopted is
// decided in one place; adopting and re-opening could still be split apart.
package id.rekap.core.adoption;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.common.MessageList;
import id.rekap.core.common.MessageRef;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The chair's adoption decisions (issue 14 §3): one decision adopts a place with everything ready
 * beneath it, names what it leaves out and why, and records the plenary's rulings; a re-opening
 * lifts an adoption with its reason. Each is one transaction with one audit event and one entry of
 * the history.
 */
final class AdoptionDecisions {
  private final Ports p;

  AdoptionDecisions(Ports ports) {
    this.p = ports;
  }

  /** Where a decision is taken and how far down it reaches. */
  record Target(String code, AdoptionPlan.Scope scope) {}

  Target target(Contest contest, String place) {
    RegionTree regions = p.tree().get();
    String where = clean(place);
    var tps = TpsCode.parse(where).filter(regions::containsTps);
    if (tps.isPresent()) {
      if (!contest.appliesTo(tps.get())) {
        throw RekapException.badInput("entry.error.notInContest", tps.get(), contest.code());
      }
      return new Target(where, AdoptionPlan.Scope.TPS);
    }
    RegionCode region =
        RegionCode.parse(where)
            .filter(c -> c.isWithin(regions.root()) && c.level() != RegionLevel.PROVINSI)
            .orElseThrow(() -> RekapException.badInput("objection.error.place", place));
    if (regions.tpsUnder(region).stream().noneMatch(t -> contest.appliesTo(t.code()))) {
      throw RekapException.badInput("adoption.error.empty", where, contest.code());
    }
    return new Target(where, AdoptionPlanner.scopeOf(where, regions.root()));
  }

  /** What a decision on the place would include and leave out now (a query). */
  AdoptionPlan preview(ContestCode code, String place, Map<String, String> rulings) {
    Contest contest = p.contest(code);
    Target target = target(contest, place);
    Map<String, String> given = rulings(rulings);
    CheckEngine engine = p.checks().get();
    return p.tx()
        .inTransaction(
            () -> {
              Situation s = p.situation(contest, target.code(), engine);
              return new AdoptionPlanner(s, given).plan(target.code(), target.scope());
            });
  }

  Adoptions.Outcome decide(User chair, Adoptions.Request request) {
    Users.require(chair, Role.CHAIR);
    Contest contest = p.contest(request.contest());
    Target target = target(contest, request.place());
    Map<String, String> asked = rulings(request.rulings());
    String text = blankToNull(request.text());
    p.gate().requireIntact();
    CheckEngine engine = p.checks().get();
    return p.tx()
        .inTransaction(
            () -> {
              Situation s = p.situation(contest, target.code(), engine);
              requireNumbersChecked(s, engine, target.code());
              Map<String, String> given = withTpsText(s, target, asked, text);
              AdoptionPlan plan = new AdoptionPlanner(s, given).plan(target.code(), target.scope());
              requireRulingsNeeded(plan, given);
              requireNotOwnKeying(chair, plan);
              if (request.expected() != null
                  && !request.expected().equals(plan.adoptingDigests())) {
                throw RekapException.badInput("adoption.error.changed", target.code());
              }
              if (plan.adopting().isEmpty()) {
                if (given.isEmpty()) {
                  throw plan.complete()
                      ? RekapException.badInput(
                          "adoption.error.already", target.code(), contest.code())
                      : RekapException.badInput(
                          "adoption.error.blocked",
                          target.code(),
                          contest.code(),
                          leftOutList(plan));
                }
                return new Adoptions.Outcome(record(chair, plan, text, given), plan);
              }
              if (!plan.complete() && !request.partial()) {
                throw RekapException.badInput(
                    "adoption.error.partial",
                    target.code(),
                    contest.code(),
                    plan.adopting().size(),
                    leftOutList(plan));
              }
              return new Adoptions.Outcome(record(chair, plan, text, given), plan);
            });
  }

  /**
   * A decision on one TPS: its words are also the plenary's ruling on it, when it has something to
   * rule on (the form of the command line before issue 14: {@code --decision}).
   */
  private static Map<String, String> withTpsText(
      Situation s, Target target, Map<String, String> asked, String text) {
    if (target.scope() != AdoptionPlan.Scope.TPS
        || text == null
        || asked.containsKey(target.code())) {
      return asked;
    }
    AdoptionPlan probe = new AdoptionPlanner(s, asked).plan(target.code(), target.scope());
    if (probe.placeItem().subject() == null) {
      return asked;
    }
    Map<String, String> out = new TreeMap<>(asked);
    out.put(target.code(), text);
    return out;
  }

  /** Writes the adoptions of the plan, its history entry and its audit event. */
  private long record(User chair, AdoptionPlan plan, String text, Map<String, String> given) {
    String now = p.now();
    long id = p.decisions().nextId();
    for (PlanItem item : plan.adopting()) {
      String why = item.ruling() != null ? item.ruling() : text;
      p.adoptions()
          .save(
              new AdoptionRepository.Adopted(
                  plan.contest(), item.code(), chair.name(), why, now, item.digest()));
    }
    Map<String, Ruling> recorded = new TreeMap<>();
    given.forEach((code, words) -> recorded.put(code, new Ruling(words, subjectOf(plan, code))));
    Map<String, List<Block>> leftOut = new LinkedHashMap<>();
    plan.leftOut().forEach(i -> leftOut.put(i.code(), i.blocks()));
    boolean adopting = !plan.adopting().isEmpty();
    Decision d =
        new Decision(
            id,
            plan.contest(),
            plan.place(),
            adopting ? Decision.Kind.ADOPT : Decision.Kind.RULING,
            chair.name(),
            now,
            text,
            adopting ? plan.adoptingDigests() : subjects(recorded),
            plan.already().stream().map(PlanItem::code).toList(),
            leftOut,
            recorded,
            plan.partial(),
            Map.of());
    p.decisions().insert(d);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("contest", plan.contest().id());
    payload.put("code", plan.place());
    payload.put("decision", id);
    payload.put("text", text);
    Map<String, Object> detail = DecisionDetail.map(d);
    if (adopting) {
      payload.put("adopted", detail.get("codes"));
      payload.put("already", detail.get("already"));
      payload.put("leftOut", detail.get("leftOut"));
      payload.put("partial", plan.partial());
    }
    payload.put("rulings", detail.get("rulings"));
    p.audit()
        .append(
            chair.actor(),
            adopting ? AuditAction.ADOPTION_ADOPT : AuditAction.ADOPTION_RULING,
            payload);
    return id;
  }

  /**
   * Records the plenary's ruling on a TPS or region whose findings or package conflict would keep
   * it out of an adoption, without adopting anything.
   */
  long rule(User chair, ContestCode code, String place, String text) {
    Users.require(chair, Role.CHAIR);
    Contest contest = p.contest(code);
    Target target = target(contest, place);
    if (text == null || text.isBlank()) {
      throw RekapException.badInput("adoption.error.rulingText", target.code());
    }
    Map<String, String> given = Map.of(target.code(), text.strip());
    CheckEngine engine = p.checks().get();
    return p.tx()
        .inTransaction(
            () -> {
              Situation s = p.situation(contest, target.code(), engine);
              requireNumbersChecked(s, engine, target.code());
              AdoptionPlan plan = new AdoptionPlanner(s, given).plan(target.code(), target.scope());
              requireRulingsNeeded(plan, given);
              requireNotOwnKeying(chair, plan);
              String now = p.now();
              long id = p.decisions().nextId();
              Map<String, Ruling> recorded =
                  Map.of(target.code(), new Ruling(text.strip(), subjectOf(plan, target.code())));
              p.decisions()
                  .insert(
                      new Decision(
                          id,
                          code,
                          target.code(),
                          Decision.Kind.RULING,
                          chair.name(),
                          now,
                          text.strip(),
                          subjects(recorded),
                          List.of(),
                          Map.of(),
                          recorded,
                          false,
                          Map.of()));
              Map<String, Object> payload = new LinkedHashMap<>();
              payload.put("contest", code.id());
              payload.put("code", target.code());
              payload.put("decision", id);
              payload.put("text", text.strip());
              payload.put("subject", subjectOf(plan, target.code()));
              p.audit().append(chair.actor(), AuditAction.ADOPTION_RULING, payload);
              return id;
            });
  }

  /**
   * Re-opens an adoption: it and every adoption above it that counted it are lifted with the
   * reason, so their forms print DRAFT with it; adoptions beneath stay.
   *
   * @return the codes re-opened, the place first
   */
  List<String> reopen(User chair, ContestCode code, String place, String reason) {
    Users.require(chair, Role.CHAIR);
    p.contest(code);
    String where = clean(place);
    if (reason == null || reason.isBlank()) {
      throw RekapException.badInput("adoption.error.reason", where);
    }
    String why = reason.strip();
    return p.tx()
        .inTransaction(
            () -> {
              var adopted =
                  p.adoptions()
                      .find(code, where)
                      .filter(AdoptionRepository.Adopted::inForce)
                      .orElseThrow(
                          () -> RekapException.badInput("adoption.error.notAdopted", where, code));
              List<AdoptionRepository.Adopted> lift = new ArrayList<>();
              lift.add(adopted);
              for (int digits : new int[] {10, 6, 4}) {
                if (digits < where.length()) {
                  p.adoptions()
                      .find(code, where.substring(0, digits))
                      .filter(AdoptionRepository.Adopted::inForce)
                      .ifPresent(lift::add);
                }
              }
              String now = p.now();
              Map<String, String> reopened = new LinkedHashMap<>();
              for (var a : lift) {
                p.adoptions().lift(code, a.code(), now, "dibuka kembali: " + why);
                reopened.put(a.code(), Objects.requireNonNullElse(a.digest(), "-"));
              }
              long id = p.decisions().nextId();
              p.decisions()
                  .insert(
                      new Decision(
                          id,
                          code,
                          where,
                          Decision.Kind.REOPEN,
                          chair.name(),
                          now,
                          why,
                          reopened,
                          List.of(),
                          Map.of(),
                          Map.of(),
                          false,
                          Map.of()));
              Map<String, Object> payload = new LinkedHashMap<>();
              payload.put("contest", code.id());
              payload.put("code", where);
              payload.put("decision", id);
              payload.put("reason", why);
              payload.put("reopened", new TreeMap<>(reopened));
              p.audit().append(chair.actor(), AuditAction.ADOPTION_REOPEN, payload);
              return List.copyOf(reopened.keySet());
            });
  }

  /**
   * Kab/kota: the PPK's package counts at a TPS where a correction or keyed form made here outranks
   * it with other numbers: those results of this workspace are withdrawn (their values stay in the
   * audit chain and the correction history), and the adoptions they carried are lifted.
   *
   * @return the sources withdrawn
   */
  List<Source> usePackage(
      User chair, ContestCode code, String tps, String reason, Adoptions lifter) {
    Users.require(chair, Role.CHAIR);
    p.contest(code);
    String where = clean(tps);
    TpsCode t =
        TpsCode.parse(where)
            .filter(p.tree().get()::containsTps)
            .orElseThrow(() -> RekapException.badInput("objection.error.place", tps));
    if (reason == null || reason.isBlank()) {
      throw RekapException.badInput("adoption.error.reason", where);
    }
    String why = reason.strip();
    return p.tx()
        .inTransaction(
            () -> {
              List<TpsResult> rows = p.results().of(t, code);
              TpsResult pkg =
                  rows.stream()
                      .filter(r -> r.source() == Source.PACKAGE)
                      .findFirst()
                      .orElseThrow(
                          () -> RekapException.badInput("adoption.error.noPackage", where, code));
              List<TpsResult> above =
                  rows.stream()
                      .filter(r -> r.source().ordinal() < Source.PACKAGE.ordinal())
                      .toList();
              if (above.isEmpty()
                  || above.stream().allMatch(r -> r.digest().equals(pkg.digest()))) {
                throw RekapException.badInput("adoption.error.noConflict", where, code);
              }
              Map<String, String> removed = new TreeMap<>();
              for (TpsResult r : above) {
                p.results().delete(t, code, r.source());
                removed.put(r.source().id(), r.digest());
              }
              String now = p.now();
              long id = p.decisions().nextId();
              p.decisions()
                  .insert(
                      new Decision(
                          id,
                          code,
                          where,
                          Decision.Kind.USE_PACKAGE,
                          chair.name(),
                          now,
                          why,
                          Map.of(where, pkg.digest()),
                          List.of(),
                          Map.of(),
                          Map.of(),
                          false,
                          removed));
              Map<String, Object> payload = new LinkedHashMap<>();
              payload.put("contest", code.id());
              payload.put("tps", where);
              payload.put("decision", id);
              payload.put("reason", why);
              payload.put("package", pkg.digest());
              payload.put("removed", removed);
              p.audit().append(chair.actor(), AuditAction.ADOPTION_USE_PACKAGE, payload);
              lifter.liftWhereChanged(
                  chair.actor(),
                  code,
                  where,
                  "angka paket PPK dipakai di TPS " + t.dotted() + ": " + why);
              return above.stream().map(TpsResult::source).toList();
            });
  }

  /**
   * The check ran outside the transaction; a decision is refused when the numbers it judged are no
   * longer the stored ones (an import or a package came in meanwhile).
   */
  private static void requireNumbersChecked(Situation s, CheckEngine engine, String place) {
    List<TpsCode> beneath =
        place.length() == TpsCode.DIGITS
            ? List.of(new TpsCode(place))
            : s.tree().tpsUnder(new RegionCode(place)).stream()
                .map(id.rekap.core.region.Tps::code)
                .toList();
    for (TpsCode t : beneath) {
      if (!s.contest().appliesTo(t)) {
        continue;
      }
      TpsResult now = s.used(t);
      TpsResult checked = usedOf(engine.sourcesAt(s.contest().code(), t));
      boolean same =
          now == null ? checked == null : checked != null && now.digest().equals(checked.digest());
      if (!same) {
        throw RekapException.badInput("adoption.error.changed", t.value());
      }
    }
  }

  private static TpsResult usedOf(Map<Source, TpsResult> sources) {
    TpsResult best = null;
    for (TpsResult r : sources.values()) {
      if (best == null || r.source().ordinal() < best.source().ordinal()) {
        best = r;
      }
    }
    return best;
  }

  /** A ruling is given only on a place of the decision that has something to rule on. */
  private static void requireRulingsNeeded(AdoptionPlan plan, Map<String, String> given) {
    for (String code : given.keySet()) {
      if (plan.item(code).map(PlanItem::subject).isEmpty()) {
        throw RekapException.badInput("adoption.error.rulingNotNeeded", code);
      }
    }
  }

  private static String subjectOf(AdoptionPlan plan, String code) {
    return plan.item(code).map(PlanItem::subject).orElseThrow();
  }

  private static Map<String, String> subjects(Map<String, Ruling> rulings) {
    Map<String, String> out = new TreeMap<>();
    rulings.forEach((code, r) -> out.put(code, r.subject()));
    return out;
  }

  /** The rulings given, by clean code; a ruling without words is refused. */
  private static Map<String, String> rulings(Map<String, String> given) {
    Map<String, String> out = new TreeMap<>();
    if (given == null) {
      return out;
    }
    given.forEach(
        (code, words) -> {
          String where = clean(code);
          if (words == null || words.isBlank()) {
            throw RekapException.badInput("adoption.error.rulingText", where);
          }
          out.put(where, words.strip());
        });
    return out;
  }

  /**
   * What is left out, for a refusal: each TPS or region with its own reasons (a region held only by
   * what lies beneath it is not repeated), the first few and how many more.
   */
  static MessageList leftOutList(AdoptionPlan plan) {
    List<Object> items = new ArrayList<>();
    List<PlanItem> own =
        plan.leftOut().stream()
            .filter(i -> i.blocks().stream().anyMatch(b -> b.reason() != Reason.BELOW))
            .toList();
    for (PlanItem i : own.subList(0, Math.min(LISTED, own.size()))) {
      items.add(
          new MessageRef(
              "adoption.leftOut.item",
              i.code(),
              new MessageList(i.blocks().stream().map(Block::ref).toList(), "; ")));
    }
    if (own.size() > LISTED) {
      items.add(new MessageRef("adoption.leftOut.more", own.size() - LISTED));
    }
    return new MessageList(items, " | ");
  }

  private static final int LISTED = 10;

  static String clean(String code) {
    return code == null ? "" : code.replace(".", "").strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Separation of duties: the chair never adopts a TPS whose numbers they keyed or settled. */
  private void requireNotOwnKeying(User chair, AdoptionPlan plan) {
    for (PlanItem item : plan.adopting()) {
      if (!item.isTps()) {
        continue;
      }
      TpsCode tps = TpsCode.parse(item.code()).orElseThrow();
      if (p.keyedBy().of(tps, plan.contest()).stream().anyMatch(k -> k.involves(chair.name()))) {
        throw RekapException.badInput(
            "adoption.error.ownKeying", chair.name(), item.code(), plan.contest());
      }
    }
  }
}
