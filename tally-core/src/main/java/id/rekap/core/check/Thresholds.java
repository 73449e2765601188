package id.rekap.core.check;

import id.rekap.core.election.ElectionDefinition;

/**
 * The numbers the rules compare against. The election definition gives the voters per TPS and the
 * ballot reserve; the rest are documented defaults (docs/rules.md), kept here and nowhere else.
 *
 * @param maxVotersPerTps voters a TPS may serve (300 Pemilu 2024, 600 Pilkada 2024)
 * @param reservePercent reserve ballots as a percentage of the DPT (2 Pemilu, 2.5 Pilkada)
 * @param maxBoxValue the largest number the 3-digit boxes of the C.Hasil can hold (R11)
 * @param ballotTolerance ballots received may differ this much from DPT + reserve before R7 warns
 * @param outlierMinVotes R20's "all votes to one choice" test ignores TPS with fewer valid votes
 * @param outlierMinDpt R20's "turnout exactly 100 %" test ignores TPS with a smaller DPT
 */
public record Thresholds(
    int maxVotersPerTps,
    double reservePercent,
    int maxBoxValue,
    int ballotTolerance,
    int outlierMinVotes,
    int outlierMinDpt) {

  public static final int MAX_BOX_VALUE = 999;
  public static final int BALLOT_TOLERANCE = 0;
  public static final int OUTLIER_MIN_VOTES = 50;
  public static final int OUTLIER_MIN_DPT = 100;

  public static Thresholds of(ElectionDefinition election) {
    return new Thresholds(
        election.maxVotersPerTps(),
        election.ballotReservePercent(),
        MAX_BOX_VALUE,
        BALLOT_TOLERANCE,
        OUTLIER_MIN_VOTES,
        OUTLIER_MIN_DPT);
  }

  /** Reserve ballots for a DPT, rounded up (a TPS receives whole ballots). */
  public long reserve(long dpt) {
    return (long) Math.ceil(dpt * reservePercent / 100.0 - 1e-9);
  }

  /** The most any single count of one TPS can be: the voter cap plus its reserve (306 in 2024). */
  public long tpsCap() {
    return maxVotersPerTps + reserve(maxVotersPerTps);
  }
}
