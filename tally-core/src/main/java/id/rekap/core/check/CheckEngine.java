package id.rekap.core.check;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.RegionTree;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the rule catalogue over a workspace's results, and keeps the findings up to date as results
 * change: an update of one TPS re-evaluates that TPS (in every contest, for the cross-ballot rule)
 * and the regions above it, nothing else. Pure and in memory; the store only feeds it.
 */
public final class CheckEngine {
  private final ElectionDefinition election;
  private final RegionTree tree;
  private final Thresholds thresholds;
  private final Function<String, Severity> severity;
  private final Map<ContestCode, ContestState> states = new LinkedHashMap<>();
  private final java.util.function.BiFunction<Contest, id.rekap.core.election.Dapil, DapilIndex>
      dapilIndexes;

  /** R22 findings of received packages, by region code; results do not change them. */
  private final Map<String, List<Finding>> packageFindings = new HashMap<>();

  /** Sirekap's published rows (R23), compared with the current recap whenever asked. */
  private final List<id.rekap.core.result.Published> published = new ArrayList<>();

  public CheckEngine(
      ElectionDefinition election, RegionTree tree, Map<String, Severity> overrides) {
    this.election = election;
    this.tree = tree;
    this.thresholds = Thresholds.of(election);
    this.dapilIndexes = DapilIndex.cache(election);
    Map<String, Severity> effective = RuleCatalog.defaults();
    effective.putAll(overrides);
    this.severity = id -> effective.getOrDefault(id, Severity.ERROR);
    // Each contest's state is independent; building them is a walk over every TPS, done in
    // parallel and then kept in the definition's order.
    List<ContestState> built =
        election.contests().parallelStream().map(c -> new ContestState(c, tree)).toList();
    built.forEach(st -> states.put(st.contest.code(), st));
  }

  /** Loads every stored result (any contest, any source) and evaluates everything. */
  public void load(Iterable<TpsResult> results) {
    for (TpsResult r : results) {
      ContestState s = states.get(r.contest());
      if (s != null && covers(s, r.tps())) {
        s.bySource.computeIfAbsent(r.tps(), t -> new EnumMap<>(Source.class)).put(r.source(), r);
      }
    }
    states.values().parallelStream()
        .forEach(s -> s.bySource.forEach((tps, sources) -> s.adopt(tps, adopted(sources))));
    // Contests are evaluated in parallel: each writes only its own findings, and reads the other
    // contests' adopted results (R15), which no longer change here.
    states.values().parallelStream().forEach(this::evaluateAll);
  }

  private void evaluateAll(ContestState s) {
    Map<String, List<Finding>> fresh = new HashMap<>();
    for (TpsCode tps : s.adopted.keySet()) {
      fresh.put(tps.value(), evaluateTps(s, tps));
    }
    for (String region : s.expectedUnder.keySet()) {
      fresh.put(region, evaluateRegion(s, region));
    }
    s.findings.clear();
    s.findings.putAll(fresh);
  }

  /**
   * Adds the discrepancies of received packages (rule R22): found at import, they are not about the
   * stored results, so result updates leave them as they are.
   */
  public void addPackageDiscrepancies(List<PackageDiscrepancy> discrepancies) {
    for (PackageDiscrepancy d : discrepancies) {
      if (states.containsKey(d.contest())) {
        packageFindings
            .computeIfAbsent(d.code(), c -> new ArrayList<>())
            .add(d.finding(severity.apply(PackageDiscrepancy.RULE)));
      }
    }
  }

  /**
   * Adds what Sirekap's site published for regions and TPS of the workspace (rule R23). The
   * comparison follows the results: it is made afresh from the current recap when findings are
   * read.
   */
  public void addPublished(List<id.rekap.core.result.Published> rows) {
    for (var row : rows) {
      if (states.containsKey(row.contest())) {
        published.add(row);
      }
    }
  }

  /** R23 findings of the published rows against the current recap, by code. */
  private Map<String, List<Finding>> publishedFindings() {
    Map<String, List<Finding>> out = new HashMap<>();
    Severity sev = severity.apply(PublishedComparison.RULE);
    for (var row : published) {
      ContestState s = states.get(row.contest());
      id.rekap.core.recap.Tally plenary;
      int expected;
      int received;
      if (row.code().length() == TpsCode.DIGITS) {
        TpsCode tps = new TpsCode(row.code());
        if (!covers(s, tps)) {
          continue;
        }
        TpsResult r = s.adopted.get(tps);
        plenary = new id.rekap.core.recap.Tally();
        if (r != null) {
          plenary.add(r);
        }
        expected = 1;
        received = r == null ? 0 : 1;
      } else {
        List<TpsCode> under = s.expectedUnder.get(row.code());
        if (under == null) {
          continue; // no TPS of this contest there in the workspace (e.g. not yet imported)
        }
        plenary = s.kept.get(row.code());
        expected = under.size();
        received = expected - s.missing.get(row.code()).size();
      }
      PublishedComparison.compare(row, s.contest, plenary, expected, received, sev)
          .ifPresent(f -> out.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
    }
    return out;
  }

  /** Takes in one new or changed result and refreshes the findings it can affect. */
  public void update(TpsResult r) {
    ContestState s = states.get(r.contest());
    if (s == null || !covers(s, r.tps())) {
      return;
    }
    var sources = s.bySource.computeIfAbsent(r.tps(), t -> new EnumMap<>(Source.class));
    sources.put(r.source(), r);
    s.adopt(r.tps(), adopted(sources));
    for (ContestState other : states.values()) {
      if (other.adopted.containsKey(r.tps())) {
        other.findings.put(r.tps().value(), evaluateTps(other, r.tps()));
      }
    }
    for (String region : s.ancestors(r.tps())) {
      s.findings.put(region, evaluateRegion(s, region));
    }
  }

  /**
   * Whether the contest is voted at a TPS of the workspace. A result for any other TPS (outside the
   * tree, or outside the ballot's scope or dapils) is ignored, as the recap ignores it: it belongs
   * to no region sum here.
   */
  private boolean covers(ContestState s, TpsCode tps) {
    return tree.containsTps(tps) && s.contest.appliesTo(tps);
  }

  private static TpsResult adopted(Map<Source, TpsResult> sources) {
    return sources.values().stream()
        .min(Comparator.comparingInt(x -> x.source().ordinal()))
        .orElseThrow();
  }

  private List<Finding> evaluateTps(ContestState s, TpsCode code) {
    return evaluateTps(s, code, s.adopted.get(code), s.bySource.get(code));
  }

  /**
   * The TPS findings a form would have if it were the TPS's adopted result, beside the results
   * already stored from the other sources; nothing in the engine changes. This is what keyed entry
   * shows beside the fields while the operator types.
   */
  public List<Finding> preview(TpsResult form) {
    ContestState s = states.get(form.contest());
    if (s == null || !covers(s, form.tps())) {
      return List.of();
    }
    Map<Source, TpsResult> sources = new EnumMap<>(Source.class);
    Map<Source, TpsResult> stored = s.bySource.get(form.tps());
    if (stored != null) {
      sources.putAll(stored);
    }
    sources.put(form.source(), form);
    List<Finding> out = new ArrayList<>(evaluateTps(s, form.tps(), form, sources));
    out.sort(order());
    return out;
  }

  /** The stored result of every source for a TPS in a contest (empty when it has none). */
  public Map<Source, TpsResult> sourcesAt(ContestCode contest, TpsCode tps) {
    ContestState s = states.get(contest);
    Map<Source, TpsResult> found = s == null ? null : s.bySource.get(tps);
    return found == null ? Map.of() : java.util.Collections.unmodifiableMap(found);
  }

  private List<Finding> evaluateTps(
      ContestState s, TpsCode code, TpsResult adopted, Map<Source, TpsResult> bySource) {
    Map<ContestCode, TpsResult> others = new EnumMap<>(ContestCode.class);
    states.forEach(
        (c, st) -> {
          TpsResult o = st.adopted.get(code);
          if (o != null && c != s.contest.code()) {
            others.put(c, o);
          }
        });
    Subject subject =
        new Subject(
            election,
            s.contest,
            RecapLevel.TPS,
            code.value(),
            Figures.of(adopted),
            new Subject.Tps(adopted, bySource, others, Map.of()),
            null);
    return run(subject);
  }

  private List<Finding> evaluateRegion(ContestState s, String code) {
    List<TpsCode> expected = s.expectedUnder.get(code);
    java.util.NavigableSet<String> notIn = s.missing.get(code);
    int received = expected.size() - notIn.size();
    // R17 names at most ten; passing the first eleven tells it whether there are more.
    List<String> missing = notIn.stream().limit(MISSING_LISTED).toList();
    var tally = s.kept.get(code);
    Subject subject =
        new Subject(
            election,
            s.contest,
            ContestState.levelOf(code),
            code,
            Figures.of(tally),
            null,
            new Subject.Region(tally, s.children(code), expected.size(), received, missing));
    return run(subject);
  }

  private static final int MISSING_LISTED = 11;

  private List<Finding> run(Subject subject) {
    Report report = new Report(subject, thresholds, severity, dapilIndexes);
    for (Rule rule : RuleCatalog.rules()) {
      if (rule.levels().contains(subject.level()) && rule.appliesTo(subject.contest().shape())) {
        rule.check(subject, report);
      }
    }
    return report.findings();
  }

  /** Every finding, ordered by contest, level, code and rule. */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    states.values().forEach(s -> s.findings.values().forEach(out::addAll));
    packageFindings.values().forEach(out::addAll);
    publishedFindings().values().forEach(out::addAll);
    out.sort(order());
    return out;
  }

  /** The findings of one TPS or region (all contests). */
  public List<Finding> findingsAt(String code) {
    List<Finding> out = new ArrayList<>();
    states.values().forEach(s -> out.addAll(s.findings.getOrDefault(code, List.of())));
    out.addAll(packageFindings.getOrDefault(code, List.of()));
    if (!published.isEmpty()) {
      out.addAll(publishedFindings().getOrDefault(code, List.of()));
    }
    out.sort(order());
    return out;
  }

  private Comparator<Finding> order() {
    List<ContestCode> contests = new ArrayList<>(states.keySet());
    return Comparator.<Finding>comparingInt(f -> contests.indexOf(f.contest()))
        .thenComparing(Finding::level)
        .thenComparing(Finding::code)
        .thenComparingInt(Finding::ruleNumber);
  }

  /** Per-contest state: results by source, adopted results, region tallies and findings. */
  private static final class ContestState {
    private final Contest contest;
    private final RegionCode root;
    private final Map<TpsCode, Map<Source, TpsResult>> bySource = new HashMap<>();
    private final Map<TpsCode, TpsResult> adopted = new HashMap<>();
    private final Map<String, id.rekap.core.recap.Tally> kept = new HashMap<>();
    private final Map<String, List<TpsCode>> expectedUnder = new LinkedHashMap<>();

    /** Per region, the expected TPS without a result yet, kept up to date by {@link #adopt}. */
    private final Map<String, java.util.NavigableSet<String>> missing = new HashMap<>();

    private final Map<String, List<String>> childRegions = new HashMap<>();
    private final Map<String, List<Finding>> findings = new HashMap<>();

    ContestState(Contest contest, RegionTree tree) {
      this.contest = contest;
      this.root = tree.root();
      for (Tps t : tree.allTps()) {
        if (!contest.appliesTo(t.code())) {
          continue;
        }
        String child = null;
        for (String region : ancestors(t.code())) {
          expectedUnder.computeIfAbsent(region, x -> new ArrayList<>()).add(t.code());
          missing.computeIfAbsent(region, x -> new java.util.TreeSet<>()).add(t.code().value());
          kept.computeIfAbsent(region, x -> new id.rekap.core.recap.Tally());
          if (child != null) {
            List<String> kids = childRegions.computeIfAbsent(region, x -> new ArrayList<>());
            if (!kids.contains(child)) {
              kids.add(child);
            }
          }
          child = region;
        }
      }
    }

    /** The regions of the workspace above a TPS, desa first. */
    List<String> ancestors(TpsCode tps) {
      List<String> out = new ArrayList<>(3);
      for (RegionLevel level :
          new RegionLevel[] {RegionLevel.DESA, RegionLevel.KECAMATAN, RegionLevel.KABKOTA}) {
        if (level.digits() >= root.value().length()) {
          out.add(tps.at(level).value());
        }
      }
      return out;
    }

    static RecapLevel levelOf(String regionCode) {
      return switch (regionCode.length()) {
        case 10 -> RecapLevel.DESA;
        case 6 -> RecapLevel.KECAMATAN;
        default -> RecapLevel.KABKOTA;
      };
    }

    void adopt(TpsCode tps, TpsResult result) {
      TpsResult old = adopted.put(tps, result);
      for (String region : ancestors(tps)) {
        var t = kept.get(region);
        if (t == null) {
          continue;
        }
        missing.get(region).remove(tps.value());
        if (old != null) {
          t.remove(old);
        }
        t.add(result);
      }
    }

    /** The children of a region as tallies: a desa's TPS summed afresh, else the child regions. */
    Map<String, id.rekap.core.recap.Tally> children(String region) {
      Map<String, id.rekap.core.recap.Tally> out = new LinkedHashMap<>();
      if (region.length() == RegionLevel.DESA.digits()) {
        var sum = new id.rekap.core.recap.Tally();
        for (TpsCode t : expectedUnder.get(region)) {
          TpsResult r = adopted.get(t);
          if (r != null) {
            sum.add(r);
          }
        }
        out.put(region + ":tps", sum);
      } else {
        for (String child : childRegions.getOrDefault(region, List.of())) {
          out.put(child, kept.get(child));
        }
      }
      return out;
    }
  }
}
