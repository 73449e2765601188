package id.rekap.core.check;

import id.rekap.core.common.MessageRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects what the rules say about one subject. Rules that could not be evaluated are gathered and
 * reported once, as rule R21 (incomplete data), instead of guessing with the missing numbers.
 */
public final class Report {
  public static final String INCOMPLETE = "R21";

  private final Subject subject;
  private final Thresholds thresholds;
  private final java.util.function.BiFunction<
          id.rekap.core.election.Contest, id.rekap.core.election.Dapil, DapilIndex>
      dapilIndex;
  private final Function<String, Severity> severity;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> notEvaluated = new LinkedHashSet<>();
  private final Set<String> missingFields = new LinkedHashSet<>();

  public Report(Subject subject, Thresholds thresholds, Function<String, Severity> severity) {
    this(
        subject,
        thresholds,
        severity,
        (contest, dapil) -> new DapilIndex(subject.election(), dapil));
  }

  Report(
      Subject subject,
      Thresholds thresholds,
      Function<String, Severity> severity,
      java.util.function.BiFunction<
              id.rekap.core.election.Contest, id.rekap.core.election.Dapil, DapilIndex>
          dapilIndex) {
    this.dapilIndex = dapilIndex;
    this.subject = subject;
    this.thresholds = thresholds;
    this.severity = severity;
  }

  public Subject subject() {
    return subject;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** The ballot of a dapil as bit sets, shared across subjects when the engine runs. */
  DapilIndex dapilIndex(
      id.rekap.core.election.Contest contest, id.rekap.core.election.Dapil dapil) {
    return dapilIndex.apply(contest, dapil);
  }

  /**
   * A failed rule. {@code values} are the numbers compared, in the order they matter; message
   * arguments are formatted by the caller (counts in Indonesian style via {@link #n}).
   */
  public void fail(Rule rule, String messageKey, Map<String, ?> values, Object... messageArgs) {
    findings.add(
        new Finding(
            rule.id(),
            severity.apply(rule.id()),
            subject.contest().code(),
            subject.level(),
            subject.code(),
            new MessageRef(messageKey, messageArgs),
            new LinkedHashMap<>(values)));
  }

  /** The rule could not run because these fields (contract names) were not reported. */
  public void notEvaluable(Rule rule, List<String> fields) {
    notEvaluated.add(rule.id());
    missingFields.addAll(fields);
  }

  /** The findings, with one R21 finding when any rule could not be evaluated. */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>(findings);
    if (!notEvaluated.isEmpty()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("rules", List.copyOf(notEvaluated));
      values.put("missing", List.copyOf(missingFields));
      out.add(
          new Finding(
              INCOMPLETE,
              severity.apply(INCOMPLETE),
              subject.contest().code(),
              subject.level(),
              subject.code(),
              new MessageRef(
                  "rule.R21", String.join(", ", notEvaluated), String.join(", ", missingFields)),
              values));
    }
    return out;
  }

  /** A count as the clerks write it: 1.234.567. */
  public static String n(long value) {
    return java.text.NumberFormat.getIntegerInstance(id.rekap.core.common.Messages.INDONESIAN)
        .format(value);
  }
}
