package id.rekap.core.check;

import static id.rekap.core.check.Report.n;

import id.rekap.core.result.AdminField;
import id.rekap.core.result.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Limits one TPS cannot exceed (R7–R12): what the voter list, the ballots and the form's boxes
 * allow. They run per TPS; a region's sums can hide or invent a breach, so they are not applied to
 * aggregates.
 */
final class LimitRules {
  private LimitRules() {}

  /** For each (L, P, L+P) pair: the first number must not exceed the second. */
  private static void atMost(BaseRule rule, Subject s, Report r, AdminField[][] pairs, String key) {
    for (AdminField[] pair : pairs) {
      long[] v = rule.needGroup(s, r, pair);
      if (v != null && v[0] > v[1]) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(pair[0].jsonKey(), v[0]);
        values.put(pair[1].jsonKey(), v[1]);
        r.fail(rule, key, values, SexColumn.of(pair[0]), n(v[0]), n(v[1]));
      }
    }
  }

  /** R7: ballots received ≈ DPT + reserve (2 % Pemilu, 2.5 % Pilkada, rounded up). */
  static final class BallotsReceivedMatchDpt extends BaseRule {
    BallotsReceivedMatchDpt() {
      super("R7", Severity.WARNING);
    }

    @Override
    public void check(Subject s, Report r) {
      long[] v = need(s, r, AdminField.BALLOTS_RECEIVED, AdminField.DPT);
      if (v == null) {
        return;
      }
      Thresholds t = r.thresholds();
      long expected = v[1] + t.reserve(v[1]);
      if (Math.abs(v[0] - expected) > t.ballotTolerance()) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ballotsReceived", v[0]);
        values.put("dpt", v[1]);
        values.put("expected", expected);
        r.fail(this, "rule.R7", values, n(v[0]), n(expected), n(v[1]), t.reservePercent());
      }
    }
  }

  /** R8: voters of the DPT who voted ≤ the DPT, per L, P and L+P. */
  static final class DptVotersWithinDpt extends BaseRule {
    private static final AdminField[][] PAIRS = {
      {AdminField.USERS_DPT_L, AdminField.DPT_L},
      {AdminField.USERS_DPT_P, AdminField.DPT_P},
      {AdminField.USERS_DPT, AdminField.DPT}
    };

    DptVotersWithinDpt() {
      super("R8", Severity.ERROR);
    }

    @Override
    public void check(Subject s, Report r) {
      atMost(this, s, r, PAIRS, "rule.R8");
    }
  }

  /**
   * R9: all voters ≤ DPT + reserve, the ballots a TPS has (DPTb and DPK voters use the reserve).
   */
  static final class VotersWithinBallots extends BaseRule {
    VotersWithinBallots() {
      super("R9", Severity.ERROR);
    }

    @Override
    public void check(Subject s, Report r) {
      long[] v = need(s, r, AdminField.USERS, AdminField.DPT);
      if (v == null) {
        return;
      }
      long available = v[1] + r.thresholds().reserve(v[1]);
      if (v[0] > available) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("users", v[0]);
        values.put("dpt", v[1]);
        values.put("available", available);
        r.fail(this, "rule.R9", values, n(v[0]), n(available), n(v[1]));
      }
    }
  }

  /**
   * R10: no count of one TPS above the voter cap plus reserve (306 in Pemilu 2024, 615 in Pilkada
   * 2024), nor the sum of the votes: the "suara siluman" test citizens ran on Sirekap.
   */
  static final class TpsCap extends BaseRule {
    TpsCap() {
      super("R10", Severity.ERROR);
    }

    @Override
    public void check(Subject s, Report r) {
      long cap = r.thresholds().tpsCap();
      Map<String, Object> over = new LinkedHashMap<>();
      List<String> shown = new ArrayList<>();
      for (AdminField f : AdminField.values()) {
        Long v = carried(s, Block.of(f)) ? s.figures().admin(f) : null;
        if (v != null && v > cap) {
          over.put(f.jsonKey(), v);
          shown.add(f.jsonKey() + " " + n(v));
        }
      }
      for (int i = 0; i < s.figures().cells(); i++) {
        int key = s.figures().keyAt(i);
        long v = s.figures().rawAt(i);
        if (v > cap) {
          over.put(VoteLabel.of(key), v);
          shown.add(VoteLabel.of(key) + " " + n(v));
        }
      }
      Long sum = s.figures().choicesSum();
      if (sum != null && sum > cap) {
        over.put("choicesSum", sum);
        shown.add("choicesSum " + n(sum));
      }
      if (!over.isEmpty()) {
        over.put("cap", cap);
        r.fail(this, "rule.R10", over, n(cap), String.join(", ", shown));
      }
    }
  }

  /** R11: every count fits the form's 3-digit boxes (0..999). */
  static final class FitsTheBoxes extends BaseRule {
    FitsTheBoxes() {
      super("R11", Severity.ERROR);
    }

    @Override
    public void check(Subject s, Report r) {
      long max = r.thresholds().maxBoxValue();
      Map<String, Object> over = new LinkedHashMap<>();
      List<String> shown = new ArrayList<>();
      for (AdminField f : AdminField.values()) {
        Long v = s.figures().admin(f);
        if (v != null && (v > max || v < 0)) {
          over.put(f.jsonKey(), v);
          shown.add(f.jsonKey() + " " + n(v));
        }
      }
      for (int i = 0; i < s.figures().cells(); i++) {
        int key = s.figures().keyAt(i);
        long v = s.figures().rawAt(i);
        if (v > max) {
          over.put(VoteLabel.of(key), v);
          shown.add(VoteLabel.of(key) + " " + n(v));
        }
      }
      if (!over.isEmpty()) {
        over.put("max", max);
        r.fail(this, "rule.R11", over, String.join(", ", shown), n(max));
      }
    }
  }

  /** R12: disabled voters (III) ≤ voters who voted, per L, P and L+P. */
  static final class DisabledWithinVoters extends BaseRule {
    private static final AdminField[][] PAIRS = {
      {AdminField.DISABLED_L, AdminField.USERS_L},
      {AdminField.DISABLED_P, AdminField.USERS_P},
      {AdminField.DISABLED, AdminField.USERS}
    };

    DisabledWithinVoters() {
      super("R12", Severity.ERROR);
    }

    @Override
    public void check(Subject s, Report r) {
      if (!carried(s, Block.DISABLED)) {
        return;
      }
      atMost(this, s, r, PAIRS, "rule.R12");
    }
  }
}
