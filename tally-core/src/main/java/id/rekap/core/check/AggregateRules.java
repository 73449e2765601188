package id.rekap.core.check;

import static id.rekap.core.check.Report.n;

import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.Tally;
import id.rekap.core.result.AdminField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules of the tiers: sums (R16) and completeness (R17), at every level above the TPS. */
final class AggregateRules {
  private static final Set<RecapLevel> AGGREGATES =
      EnumSet.of(RecapLevel.DESA, RecapLevel.KECAMATAN, RecapLevel.KABKOTA);

  private AggregateRules() {}

  /**
   * R16: a region's figures equal the sum of its children's, field by field and cell by cell. The
   * region tally is maintained by adding and removing TPS results as they change; this compares it
   * with a fresh sum of the children, so any drift or lost update shows.
   */
  static final class SumOfChildren extends BaseRule {
    SumOfChildren() {
      super("R16", Severity.ERROR, AGGREGATES);
    }

    @Override
    public void check(Subject s, Report r) {
      Tally fresh = new Tally();
      s.region().children().values().forEach(fresh::add);
      Tally kept = s.region().tally();
      if (kept.sameAs(fresh)) {
        return;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      List<String> shown = new ArrayList<>();
      for (AdminField f : AdminField.values()) {
        Long a = kept.admin(f);
        Long b = fresh.admin(f);
        if (a == null ? b != null : !a.equals(b)) {
          values.put(f.jsonKey(), a);
          values.put(f.jsonKey() + ".children", b);
          shown.add(f.jsonKey() + " " + show(a) + " ≠ " + show(b));
        }
      }
      Set<Integer> keys = new java.util.TreeSet<>(kept.votes().keySet());
      keys.addAll(fresh.votes().keySet());
      for (int key : keys) {
        Long a = kept.votes(key);
        Long b = fresh.votes(key);
        if (a == null ? b != null : !a.equals(b)) {
          values.put(VoteLabel.of(key), a);
          values.put(VoteLabel.of(key) + ".children", b);
          shown.add(VoteLabel.of(key) + " " + show(a) + " ≠ " + show(b));
        }
      }
      if (shown.isEmpty()) {
        shown.add("TPS " + kept.results() + " ≠ " + fresh.results());
        values.put("results", (long) kept.results());
        values.put("results.children", (long) fresh.results());
      }
      r.fail(this, "rule.R16", values, String.join(", ", shown));
    }

    private static String show(Long v) {
      return v == null ? "-" : n(v);
    }
  }

  /** R17: every expected TPS of the region is present (exactly once: one adopted result each). */
  static final class AllTpsPresent extends BaseRule {
    private static final int LISTED = 10;

    AllTpsPresent() {
      super("R17", Severity.ERROR, AGGREGATES);
    }

    @Override
    public void check(Subject s, Report r) {
      Subject.Region region = s.region();
      if (region.received() >= region.expected()) {
        return;
      }
      List<String> missing = region.missingTps();
      String listed = String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())));
      if (missing.size() > LISTED) {
        listed += ", …";
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("expected", (long) region.expected());
      values.put("received", (long) region.received());
      values.put("missing", (long) (region.expected() - region.received()));
      r.fail(
          this,
          "rule.R17",
          values,
          n(region.expected() - region.received()),
          n(region.expected()),
          listed);
    }
  }
}
