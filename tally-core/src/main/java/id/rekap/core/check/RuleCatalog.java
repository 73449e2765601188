package id.rekap.core.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule of docs/rules.md, in id order, with R21 (incomplete data) reported by {@link Report},
 * R22 (a received package's totals differ from its rows) by {@link PackageDiscrepancy} and R23
 * (Sirekap's published figures differ from the plenary's recap) by {@link PublishedComparison}.
 */
public final class RuleCatalog {
  private static final List<Rule> RULES =
      List.of(
          new IdentityRules.VotesSumToValid(),
          new IdentityRules.ValidPlusInvalid(),
          new IdentityRules.UsersAddUp(),
          new IdentityRules.MalePlusFemale(),
          new IdentityRules.TotalMatchesVoters(),
          new IdentityRules.BallotsBalance(),
          new LimitRules.BallotsReceivedMatchDpt(),
          new LimitRules.DptVotersWithinDpt(),
          new LimitRules.VotersWithinBallots(),
          new LimitRules.TpsCap(),
          new LimitRules.FitsTheBoxes(),
          new LimitRules.DisabledWithinVoters(),
          new PartyRules.PartyTotals(),
          new PartyRules.DapilMembership(),
          new TpsRules.SameVotersOnEveryBallot(),
          new AggregateRules.SumOfChildren(),
          new AggregateRules.AllTpsPresent(),
          new WordsRule(),
          new TpsRules.SourcesAgree(),
          new TpsRules.Outliers());

  private RuleCatalog() {}

  public static List<Rule> rules() {
    return RULES;
  }

  /** Every rule id with its default severity, R21 included. */
  public static Map<String, Severity> defaults() {
    Map<String, Severity> out = new LinkedHashMap<>();
    RULES.forEach(r -> out.put(r.id(), r.defaultSeverity()));
    out.put(Report.INCOMPLETE, Severity.WARNING);
    out.put(PackageDiscrepancy.RULE, Severity.ERROR);
    out.put(PublishedComparison.RULE, Severity.WARNING);
    return out;
  }

  public static Optional<String> normalize(String id) {
    String upper = id.strip().toUpperCase(java.util.Locale.ROOT);
    return defaults().containsKey(upper) ? Optional.of(upper) : Optional.empty();
  }
}
