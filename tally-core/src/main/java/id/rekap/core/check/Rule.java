package id.rekap.core.check;

import id.rekap.core.election.Shape;
import id.rekap.core.recap.RecapLevel;
import java.util.EnumSet;
import java.util.Set;

/**
 * One consistency rule of the catalogue (docs/rules.md). A rule reads a {@link Subject} and reports
 * to a {@link Report}: a failure with the numbers it compared, or that it could not be evaluated
 * because a field is missing.
 */
public interface Rule {
  /** The catalogue id: R1..R20, new rules from R21. */
  String id();

  Severity defaultSeverity();

  /** The levels the rule runs at; TPS only unless a rule says otherwise. */
  default Set<RecapLevel> levels() {
    return EnumSet.of(RecapLevel.TPS);
  }

  default boolean appliesTo(Shape shape) {
    return true;
  }

  void check(Subject subject, Report report);
}
