package id.rekap.core.result;

import id.rekap.core.election.ContestCode;

/**
 * One row of a Sirekap published aggregate ("Sirekap published"): what Sirekap's site showed for
 * one child region (or TPS) of an aggregate file. Never a result: it does not count, it is only
 * compared with the plenary's recap (rule R23).
 *
 * @param code the child region or TPS code the row is for
 * @param parent the region of the aggregate file
 * @param votes per candidate number, only the candidates the row shows
 * @param tpsTotal the TPS Sirekap counts below the child, when it says
 * @param tpsWithData how many of them had data, when it says
 * @param sourceTimestamp Sirekap's {@code ts} of the file
 */
public record Published(
    ContestCode contest,
    String code,
    String parent,
    Votes votes,
    Integer tpsTotal,
    Integer tpsWithData,
    String sourceTimestamp,
    String origin,
    String originSha256) {}
