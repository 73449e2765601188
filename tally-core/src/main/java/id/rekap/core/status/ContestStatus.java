package id.rekap.core.status;

/**
 * Progress of one contest: TPS expected (master list within the contest's scope), received (with a
 * result from any source) and missing. Error and warning counts are null until the rule engine has
 * evaluated the contest.
 */
public record ContestStatus(
    String contest,
    String name,
    int expected,
    int received,
    int missing,
    Integer withErrors,
    Integer withWarnings) {}
