package id.rekap.core.adoption;

import id.rekap.core.check.Finding;
import id.rekap.core.check.PackageDiscrepancy;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out what an adoption decision on a place includes and leaves out, from a {@link Situation}
 * and the rulings the chair gives with the decision. Pure: it reads the situation and writes
 * nothing.
 *
 * <p>A TPS is in when it has a result, no keyed entry awaits its second entry or the verifier, no
 * objection at it is unanswered, and its ERROR findings (and, at kab/kota, a disagreement between
 * the PPK's package and the numbers used here) carry a plenary ruling on exactly that situation. A
 * region is in when everything beneath it is and nothing at the region itself blocks it (an
 * unanswered objection, package totals that do not add up without a ruling).
 */
final class AdoptionPlanner {
  private final Situation s;
  private final Map<String, String> inline;
  private final Map<String, List<TpsResult>> usedUnder = new HashMap<>();

  /**
   * @param inline the rulings given with this decision, by place
   */
  AdoptionPlanner(Situation s, Map<String, String> inline) {
    this.s = s;
    this.inline = inline;
    s.sources()
        .keySet()
        .forEach(
            t -> {
              TpsResult used = s.used(t);
              if (used != null) {
                for (RegionLevel level : REGION_LEVELS) {
                  usedUnder.computeIfAbsent(t.at(level).value(), x -> new ArrayList<>()).add(used);
                }
              }
            });
  }

  private static final RegionLevel[] REGION_LEVELS = {
    RegionLevel.DESA, RegionLevel.KECAMATAN, RegionLevel.KABKOTA, RegionLevel.PROVINSI
  };

  /**
   * How a decision on the place reaches down: a TPS alone; a desa (and at kab/kota level a
   * kecamatan) sweeps the TPS beneath; the workspace's own region is adopted over its children.
   */
  static AdoptionPlan.Scope scopeOf(String place, RegionCode root) {
    if (place.length() == TpsCode.DIGITS) {
      return AdoptionPlan.Scope.TPS;
    }
    return place.equals(root.value()) && place.length() != RegionLevel.DESA.digits()
        ? AdoptionPlan.Scope.CHILDREN
        : AdoptionPlan.Scope.SWEEP;
  }

  AdoptionPlan plan(String place, AdoptionPlan.Scope scope) {
    return switch (scope) {
      case TPS ->
          new AdoptionPlan(s.contest().code(), place, scope, List.of(tps(new TpsCode(place))));
      case SWEEP -> sweep(new RegionCode(place));
      case CHILDREN -> children(new RegionCode(place));
    };
  }

  /** The TPS of the contest beneath a region, in code order. */
  List<TpsCode> tpsUnder(RegionCode region) {
    List<TpsCode> out = new ArrayList<>();
    for (Tps t : s.tree().tpsUnder(region)) {
      if (s.contest().appliesTo(t.code())) {
        out.add(t.code());
      }
    }
    return out;
  }

  /** The regions at a level beneath a region that have TPS of the contest, in code order. */
  List<RegionCode> regionsUnder(RegionCode region, RegionLevel level) {
    List<RegionCode> out = new ArrayList<>();
    for (Region r : s.tree().regionsAt(level)) {
      if (r.code().isWithin(region) && !tpsUnder(r.code()).isEmpty()) {
        out.add(r.code());
      }
    }
    return out;
  }

  private AdoptionPlan sweep(RegionCode region) {
    List<PlanItem> items = new ArrayList<>();
    Map<String, PlanItem> byCode = new HashMap<>();
    for (TpsCode t : tpsUnder(region)) {
      PlanItem item = tps(t);
      items.add(item);
      byCode.put(item.code(), item);
    }
    List<PlanItem> top = new ArrayList<>();
    if (region.level() == RegionLevel.DESA) {
      top.addAll(items);
    } else {
      for (RegionCode desa : regionsUnder(region, RegionLevel.DESA)) {
        List<PlanItem> beneath = tpsUnder(desa).stream().map(t -> byCode.get(t.value())).toList();
        PlanItem item = region(desa.value(), beneath, List.of());
        items.add(item);
        top.add(item);
      }
    }
    items.add(region(region.value(), top, List.of()));
    return new AdoptionPlan(s.contest().code(), region.value(), AdoptionPlan.Scope.SWEEP, items);
  }

  private AdoptionPlan children(RegionCode region) {
    // a province adopts over its kab/kota, a kab/kota over its kecamatan, a PPK over its desa
    RegionLevel childLevel = region.level().child().orElseThrow();
    AdoptionPlanner beneath = new AdoptionPlanner(s, Map.of());
    List<PlanItem> items = new ArrayList<>();
    for (RegionCode child : regionsUnder(region, childLevel)) {
      AdoptionPlan sub = beneath.sweep(child);
      PlanItem at = sub.placeItem();
      if (at.status() == PlanItem.Status.ALREADY) {
        items.add(at);
        continue;
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Block(Reason.NOT_ADOPTED));
      List<String> held =
          sub.leftOut().stream().filter(PlanItem::isTps).map(PlanItem::code).toList();
      if (!held.isEmpty()) {
        blocks.add(new Block(Reason.BELOW, held));
      }
      items.add(
          new PlanItem(
              at.code(),
              PlanItem.Status.BLOCKED,
              blocks,
              at.digest(),
              List.of(),
              null,
              null,
              at.lifted()));
    }
    items.add(region(region.value(), List.copyOf(items), List.of()));
    return new AdoptionPlan(s.contest().code(), region.value(), AdoptionPlan.Scope.CHILDREN, items);
  }

  /** A region: in when everything beneath is and nothing at the region itself blocks it. */
  private PlanItem region(String code, List<PlanItem> beneath, List<Block> extra) {
    String digest =
        AdoptionDigest.of(s.contest().code(), code, usedUnder.getOrDefault(code, List.of()));
    var adopted = s.adoptions().get(code);
    boolean inForce = adopted != null && adopted.inForce() && digest.equals(adopted.digest());
    List<Block> blocks = new ArrayList<>(extra);
    List<String> held =
        beneath.stream()
            .filter(i -> i.status() == PlanItem.Status.BLOCKED)
            .map(PlanItem::code)
            .toList();
    if (!held.isEmpty()) {
      blocks.add(new Block(Reason.BELOW, held));
    }
    objections(code).ifPresent(blocks::add);
    List<Finding> totals =
        s.errors().apply(code).stream()
            .filter(f -> f.rule().equals(PackageDiscrepancy.RULE))
            .toList();
    String subject = null;
    String ruling = null;
    List<Block> settled = List.of();
    if (!totals.isEmpty()) {
      subject = Rulings.subject(code, totals);
      ruling = rulingOn(code, subject);
      Block b =
          new Block(Reason.PACKAGE_TOTALS, totals.stream().map(f -> f.rule()).distinct().toList());
      if (ruling == null) {
        blocks.add(b);
      } else {
        settled = List.of(b);
      }
    }
    return new PlanItem(
        code,
        blocks.isEmpty()
            ? (inForce ? PlanItem.Status.ALREADY : PlanItem.Status.ADOPT)
            : PlanItem.Status.BLOCKED,
        blocks,
        digest,
        settled,
        ruling,
        subject,
        lifted(adopted));
  }

  /** A TPS: see the class comment. */
  private PlanItem tps(TpsCode t) {
    String code = t.value();
    var adopted = s.adoptions().get(code);
    List<Block> blocks = new ArrayList<>();
    TpsResult used = s.used(t);
    if (used == null) {
      blocks.add(new Block(Reason.NO_RESULT));
    }
    List<String> entries = s.pendingEntries().get(t);
    if (entries != null && !entries.isEmpty()) {
      blocks.add(new Block(Reason.ENTRY_PENDING, entries));
    }
    objections(code).ifPresent(blocks::add);
    if (used == null) {
      return new PlanItem(
          code, PlanItem.Status.BLOCKED, blocks, null, List.of(), null, null, lifted(adopted));
    }
    String digest = AdoptionDigest.of(s.contest().code(), code, List.of(used));
    boolean inForce = adopted != null && adopted.inForce() && digest.equals(adopted.digest());
    List<String> rules =
        s.errors().apply(code).stream()
            .sorted(java.util.Comparator.comparingInt(Finding::ruleNumber))
            .map(Finding::rule)
            .distinct()
            .toList();
    TpsResult pkg = s.sources().get(t).get(Source.PACKAGE);
    // a package that came in after the numbers used here and says otherwise; a correction made
    // here after the package is itself the plenary's decision on it
    boolean conflict =
        pkg != null
            && used.source() != Source.PACKAGE
            && !used.digest().equals(pkg.digest())
            && s.storedAfter(t, Source.PACKAGE, used.source());
    List<Block> rulable = new ArrayList<>();
    if (!inForce && !rules.isEmpty()) {
      rulable.add(new Block(Reason.ERRORS, rules));
    }
    if (conflict) {
      rulable.add(new Block(Reason.PACKAGE_CONFLICT, used.source().id()));
    }
    String subject =
        rules.isEmpty() && !conflict
            ? null
            : Rulings.subject(code, used, conflict ? pkg : null, rules);
    String ruling = subject == null ? null : rulingOn(code, subject);
    List<Block> settled = List.of();
    if (!rulable.isEmpty()) {
      if (ruling == null) {
        blocks.addAll(rulable);
      } else {
        settled = rulable;
      }
    }
    return new PlanItem(
        code,
        blocks.isEmpty()
            ? (inForce ? PlanItem.Status.ALREADY : PlanItem.Status.ADOPT)
            : PlanItem.Status.BLOCKED,
        blocks,
        digest,
        settled,
        ruling,
        subject,
        lifted(adopted));
  }

  /** The ruling given now, or the newest recorded one if it ruled on this very situation. */
  private String rulingOn(String code, String subject) {
    String now = inline.get(code);
    if (now != null) {
      return now;
    }
    Ruling stored = s.rulings().get(code);
    return stored != null && subject.equals(stored.subject()) ? stored.text() : null;
  }

  private java.util.Optional<Block> objections(String code) {
    List<Long> open = s.pendingObjections().get(code);
    if (open == null || open.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Block(Reason.OBJECTION_PENDING, open.stream().map(id -> "#" + id).toList()));
  }

  private static String lifted(AdoptionRepository.Adopted adopted) {
    return adopted != null && !adopted.inForce() ? adopted.liftedReason() : null;
  }
}
