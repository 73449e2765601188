package id.rekap.core.check;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.Tally;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import java.util.List;
import java.util.Map;

/**
 * What the rules look at: one TPS or one region, in one contest. TPS subjects carry the result of
 * every source and the adopted results of the TPS's other ballots; region subjects carry their
 * children and the TPS counts.
 */
public record Subject(
    ElectionDefinition election,
    Contest contest,
    RecapLevel level,
    String code,
    Figures figures,
    Tps tps,
    Region region) {

  /**
   * TPS-only context: the adopted result, the result of every source, the adopted results of the
   * TPS's other ballots, and the numbers written in words on the form (field label → text; empty
   * when the source has none, as Sirekap's data has none).
   */
  public record Tps(
      TpsResult adopted,
      Map<Source, TpsResult> bySource,
      Map<id.rekap.core.election.ContestCode, TpsResult> otherBallots,
      Map<String, String> words) {}

  /**
   * Region-only context: the tally as maintained (summed from the children), the children's tallies
   * with their codes, the TPS expected and received, and the codes of the missing TPS (the engine
   * passes the first eleven: R17 names at most ten).
   */
  public record Region(
      Tally tally,
      Map<String, Tally> children,
      int expected,
      int received,
      List<String> missingTps) {}

  public boolean isTps() {
    return level == RecapLevel.TPS;
  }
}
