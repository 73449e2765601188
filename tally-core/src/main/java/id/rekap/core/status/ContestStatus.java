package id.rekap.core.status;

import id.rekap.core.recap.EmptyColumnStanding;

/**
 * Progress of one contest: TPS expected (master list within the contest's scope), received (with a
 * result from any source) and missing. Error and warning counts are null until the rule engine has
 * evaluated the contest. {@code emptyColumn} is set for a single-pair contest: where the empty
 * column stands in the workspace's sum of the received TPS.
 */
public record ContestStatus(
    String contest,
    String name,
    int expected,
    int received,
    int missing,
    Integer withErrors,
    Integer withWarnings,
    EmptyColumnStanding emptyColumn) {

  public ContestStatus(
      String contest,
      String name,
      int expected,
      int received,
      int missing,
      Integer withErrors,
      Integer withWarnings) {
    this(contest, name, expected, received, missing, withErrors, withWarnings, null);
  }
}
