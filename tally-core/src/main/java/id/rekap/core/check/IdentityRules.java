package id.rekap.core.check;

import static id.rekap.core.check.Report.n;

import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Block;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identities printed on the C.Hasil form itself (R1–R6). They hold for every TPS and, because
 * they are linear, for the sums of every region too.
 */
final class IdentityRules {
  private IdentityRules() {}

  static final Set<RecapLevel> ALL_LEVELS = EnumSet.allOf(RecapLevel.class);

  /** R1: V.A suara sah = Σ votes of block IV. */
  static final class VotesSumToValid extends BaseRule {
    VotesSumToValid() {
      super("R1", Severity.ERROR, ALL_LEVELS);
    }

    @Override
    public void check(Subject s, Report r) {
      long[] v = need(s, r, AdminField.VALID);
      if (v == null) {
        return;
      }
      Long sum = s.figures().choicesSum();
      if (sum == null) {
        r.notEvaluable(this, List.of("choices"));
        return;
      }
      if (sum != v[0]) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("valid", v[0]);
        values.put("choicesSum", sum);
        r.fail(this, "rule.R1", values, n(v[0]), n(sum));
      }
    }
  }

  /** R2: V.C = V.A + V.B. */
  static final class ValidPlusInvalid extends BaseRule {
    ValidPlusInvalid() {
      super("R2", Severity.ERROR, ALL_LEVELS);
    }

    @Override
    public void check(Subject s, Report r) {
      long[] v = need(s, r, AdminField.VALID, AdminField.INVALID, AdminField.TOTAL);
      if (v != null && v[0] + v[1] != v[2]) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("valid", v[0]);
        values.put("invalid", v[1]);
        values.put("total", v[2]);
        r.fail(this, "rule.R2", values, n(v[0]), n(v[1]), n(v[0] + v[1]), n(v[2]));
      }
    }
  }

  /** R3: I.B4 = B1 + B2 + B3, for L, P and L+P. */
  static final class UsersAddUp extends BaseRule {
    private static final AdminField[][] ROWS = {
      {AdminField.USERS_L, AdminField.USERS_DPT_L, AdminField.USERS_DPTB_L, AdminField.USERS_DPK_L},
      {AdminField.USERS_P, AdminField.USERS_DPT_P, AdminField.USERS_DPTB_P, AdminField.USERS_DPK_P},
      {AdminField.USERS, AdminField.USERS_DPT, AdminField.USERS_DPTB, AdminField.USERS_DPK}
    };

    UsersAddUp() {
      super("R3", Severity.ERROR, ALL_LEVELS);
    }

    @Override
    public void check(Subject s, Report r) {
      for (AdminField[] row : ROWS) {
        long[] v = needGroup(s, r, row);
        if (v != null && v[1] + v[2] + v[3] != v[0]) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 0; i < row.length; i++) {
            values.put(row[i].jsonKey(), v[i]);
          }
          r.fail(this, "rule.R3", values, SexColumn.of(row[0]), n(v[0]), n(v[1] + v[2] + v[3]));
        }
      }
    }
  }

  /** R4: L + P = L+P on every row of blocks I and III. */
  static final class MalePlusFemale extends BaseRule {
    private static final AdminField[][] ROWS = {
      {AdminField.DPT_L, AdminField.DPT_P, AdminField.DPT},
      {AdminField.USERS_DPT_L, AdminField.USERS_DPT_P, AdminField.USERS_DPT},
      {AdminField.USERS_DPTB_L, AdminField.USERS_DPTB_P, AdminField.USERS_DPTB},
      {AdminField.USERS_DPK_L, AdminField.USERS_DPK_P, AdminField.USERS_DPK},
      {AdminField.USERS_L, AdminField.USERS_P, AdminField.USERS},
      {AdminField.DISABLED_L, AdminField.DISABLED_P, AdminField.DISABLED}
    };

    MalePlusFemale() {
      super("R4", Severity.ERROR, ALL_LEVELS);
    }

    @Override
    public void check(Subject s, Report r) {
      for (AdminField[] row : ROWS) {
        if (!carried(s, Block.of(row[0]))) {
          continue;
        }
        long[] v = needGroup(s, r, row);
        if (v != null && v[0] + v[1] != v[2]) {
          Map<String, Object> values = new LinkedHashMap<>();
          values.put(row[0].jsonKey(), v[0]);
          values.put(row[1].jsonKey(), v[1]);
          values.put(row[2].jsonKey(), v[2]);
          r.fail(
              this,
              "rule.R4",
              values,
              FieldName.key(row[2]),
              n(v[0]),
              n(v[1]),
              n(v[0] + v[1]),
              n(v[2]));
        }
      }
    }
  }

  /** R5: V.C total votes = I.B4 voters who voted = II.2 ballots used. */
  static final class TotalMatchesVoters extends BaseRule {
    TotalMatchesVoters() {
      super("R5", Severity.ERROR, ALL_LEVELS);
    }

    @Override
    public void check(Subject s, Report r) {
      long[] total = need(s, r, AdminField.TOTAL);
      if (total == null) {
        return;
      }
      long[] users = need(s, r, AdminField.USERS);
      if (users != null && users[0] != total[0]) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("total", total[0]);
        values.put("users", users[0]);
        r.fail(this, "rule.R5", values, n(total[0]), n(users[0]));
      }
      long[] used = need(s, r, AdminField.BALLOTS_USED);
      if (used != null && used[0] != total[0]) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("total", total[0]);
        values.put("ballotsUsed", used[0]);
        r.fail(this, "rule.R5.ballots", values, n(total[0]), n(used[0]));
      }
    }
  }

  /** R6: II.1 received = II.2 used + II.3 returned + II.4 unused. */
  static final class BallotsBalance extends BaseRule {
    BallotsBalance() {
      super("R6", Severity.ERROR, ALL_LEVELS);
    }

    @Override
    public void check(Subject s, Report r) {
      long[] v =
          need(
              s,
              r,
              AdminField.BALLOTS_RECEIVED,
              AdminField.BALLOTS_USED,
              AdminField.BALLOTS_RETURNED,
              AdminField.BALLOTS_UNUSED);
      if (v != null && v[1] + v[2] + v[3] != v[0]) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ballotsReceived", v[0]);
        values.put("ballotsUsed", v[1]);
        values.put("ballotsReturned", v[2]);
        values.put("ballotsUnused", v[3]);
        r.fail(this, "rule.R6", values, n(v[0]), n(v[1] + v[2] + v[3]));
      }
    }
  }
}
