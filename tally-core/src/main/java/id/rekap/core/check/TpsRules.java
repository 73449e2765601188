package id.rekap.core.check;

import static id.rekap.core.check.Report.n;

import id.rekap.core.election.ContestCode;
import id.rekap.core.election.Shape;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rules that look beyond one form: across ballots (R15), across sources (R19), outliers (R20). */
final class TpsRules {
  private TpsRules() {}

  /**
   * R15: the voter block should be the same on every ballot of one TPS. The DPT and the DPT/DPK
   * voters must match; DPTb voters may differ (voters who moved dapil get fewer ballots), so they
   * are not compared. Each ballot is compared with the reference ballot (PPWP, which every voter
   * receives, else the first ballot of the definition with data).
   */
  static final class SameVotersOnEveryBallot extends BaseRule {
    private static final List<AdminField> COMPARED =
        List.of(
            AdminField.DPT_L,
            AdminField.DPT_P,
            AdminField.DPT,
            AdminField.USERS_DPT,
            AdminField.USERS_DPK);

    SameVotersOnEveryBallot() {
      super("R15", Severity.WARNING);
    }

    @Override
    public void check(Subject s, Report r) {
      Optional<TpsResult> reference = reference(s);
      if (reference.isEmpty()) {
        return;
      }
      TpsResult other = reference.get();
      for (AdminField f : COMPARED) {
        Integer mine = s.tps().adopted().admin().get(f);
        Integer theirs = other.admin().get(f);
        if (mine != null && theirs != null && !mine.equals(theirs)) {
          Map<String, Object> values = new LinkedHashMap<>();
          values.put(s.contest().code().id(), mine.longValue());
          values.put(other.contest().id(), theirs.longValue());
          r.fail(
              this, "rule.R15", values, FieldName.key(f), n(mine), other.contest().id(), n(theirs));
        }
      }
    }

    private static Optional<TpsResult> reference(Subject s) {
      Map<ContestCode, TpsResult> others = s.tps().otherBallots();
      if (s.contest().code() == ContestCode.PPWP) {
        return Optional.empty();
      }
      if (others.containsKey(ContestCode.PPWP)) {
        return Optional.of(others.get(ContestCode.PPWP));
      }
      for (var c : s.election().contests()) {
        if (c.code() == s.contest().code()) {
          return Optional.empty();
        }
        if (others.containsKey(c.code())) {
          return Optional.of(others.get(c.code()));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * R19: where two sources give a number for the same field, they must agree; the adopted value
   * (keyed plano first) wins and the difference is shown for the plenary to settle.
   */
  static final class SourcesAgree extends BaseRule {
    SourcesAgree() {
      super("R19", Severity.WARNING);
    }

    @Override
    public void check(Subject s, Report r) {
      TpsResult adopted = s.tps().adopted();
      for (var e : s.tps().bySource().entrySet()) {
        Source other = e.getKey();
        if (other == adopted.source()) {
          continue;
        }
        TpsResult o = e.getValue();
        for (AdminField f : AdminField.values()) {
          compare(
              r,
              f.jsonKey(),
              FieldName.key(f),
              adopted,
              adopted.admin().get(f),
              other,
              o.admin().get(f));
        }
        for (var cell : adopted.votes().asMap().entrySet()) {
          String label = VoteLabel.of(cell.getKey());
          compare(r, label, label, adopted, cell.getValue(), other, o.votes().get(cell.getKey()));
        }
      }
    }

    private void compare(
        Report r,
        String field,
        Object shownField,
        TpsResult adopted,
        Integer mine,
        Source other,
        Integer theirs) {
      if (mine != null && theirs != null && !mine.equals(theirs)) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(adopted.source().id(), mine.longValue());
        values.put(other.id(), theirs.longValue());
        values.put("field", field);
        r.fail(
            this,
            "rule.R19",
            values,
            shownField,
            adopted.source().id(),
            n(mine),
            other.id(),
            n(theirs));
      }
    }
  }

  /**
   * R20: patterns citizens' checkers flagged in 2024; warnings only. Turnout of exactly 100 % (DPT
   * of at least {@link Thresholds#outlierMinDpt()}), every valid vote for one choice (at least
   * {@link Thresholds#outlierMinVotes()} valid votes), and votes where nobody voted.
   */
  static final class Outliers extends BaseRule {
    Outliers() {
      super("R20", Severity.WARNING);
    }

    @Override
    public void check(Subject s, Report r) {
      Thresholds t = r.thresholds();
      Long users = s.figures().admin(AdminField.USERS);
      Long dpt = s.figures().admin(AdminField.DPT);
      if (users != null && dpt != null && dpt >= t.outlierMinDpt() && users.equals(dpt)) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("users", users);
        values.put("dpt", dpt);
        r.fail(this, "rule.R20.fullTurnout", values, n(users));
      }
      Long choices = s.figures().choicesSum();
      if (choices != null && choices > 0 && users != null && users == 0) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("users", 0L);
        values.put("choicesSum", choices);
        r.fail(this, "rule.R20.votesWithoutVoters", values, n(choices));
      }
      Long valid = s.figures().admin(AdminField.VALID);
      if (valid != null && valid >= t.outlierMinVotes()) {
        sweep(s, r, valid);
      }
    }

    private void sweep(Subject s, Report r, long valid) {
      Map<Integer, Long> byChoice = new LinkedHashMap<>();
      if (s.contest().shape() == Shape.CANDIDATES) {
        for (int i = 0; i < s.figures().cells(); i++) {
          byChoice.put(s.figures().keyAt(i), s.figures().valueAt(i));
        }
      } else {
        VoteSums.computedPartyTotals(s.figures()).forEach(byChoice::put);
      }
      if (byChoice.size() < 2) {
        return;
      }
      for (var e : byChoice.entrySet()) {
        if (e.getValue() != null && e.getValue() == valid) {
          String choice =
              s.contest().shape() == Shape.CANDIDATES
                  ? "choices." + VoteKey.slot(e.getKey())
                  : "choices." + e.getKey();
          Map<String, Object> values = new LinkedHashMap<>();
          values.put(choice, e.getValue());
          values.put("valid", valid);
          r.fail(this, "rule.R20.oneChoice", values, choice, n(valid));
        }
      }
    }
  }
}
