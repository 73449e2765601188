package id.rekap.core.check;

import id.rekap.core.common.MessageRef;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.Tally;
import id.rekap.core.result.Published;
import id.rekap.core.result.VoteKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule R23: what Sirekap's public site shows for a region (or TPS) differs from the plenary's recap
 * of it. Sirekap is not the legal result, so this is a warning the plenary explains ("the site
 * showed 257 for pair 2; the plenary counted 250"), computed afresh from the current recap whenever
 * findings are asked for. Compared: the votes of every candidate the site shows, and, where the
 * site says, its TPS count and how many of them had data.
 */
final class PublishedComparison {
  static final String RULE = "R23";

  private PublishedComparison() {}

  /**
   * @param plenary the recap of the row's region or TPS (adopted results), null when it has none
   * @param expected the TPS the workspace expects there in this contest
   * @param received how many of them have a result
   */
  static Optional<Finding> compare(
      Published row,
      Contest contest,
      Tally plenary,
      int expected,
      int received,
      Severity severity) {
    List<String> differing = new ArrayList<>();
    Map<String, Object> shown = new LinkedHashMap<>();
    Map<String, Object> counted = new LinkedHashMap<>();
    StringBuilder shownText = new StringBuilder();
    StringBuilder countedText = new StringBuilder();
    for (Candidate c : contest.candidates()) {
      int key = VoteKey.candidate(c.number());
      Integer site = row.votes().get(key);
      if (site == null) {
        continue;
      }
      Long sum = plenary == null ? null : plenary.votes(key);
      long ours = sum == null ? 0 : sum;
      String number = Integer.toString(c.number());
      shown.put(number, site);
      counted.put(number, ours);
      if (site != ours) {
        differing.add(number);
      }
      separate(shownText).append('(').append(number).append(") ").append(Report.n(site));
      separate(countedText).append('(').append(number).append(") ").append(Report.n(ours));
    }
    boolean tpsDiffer =
        (row.tpsWithData() != null && row.tpsWithData() != received)
            || (row.tpsTotal() != null && row.tpsTotal() != expected);
    if (differing.isEmpty() && !tpsDiffer) {
      return Optional.empty();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("sirekap", shown);
    values.put("plenary", counted);
    values.put("differs", differing);
    values.put("sirekapTps", row.tpsWithData());
    values.put("sirekapTpsTotal", row.tpsTotal());
    values.put("plenaryTps", received);
    values.put("plenaryTpsExpected", expected);
    values.put("sirekapTs", row.sourceTimestamp());
    boolean withTps = row.tpsWithData() != null || row.tpsTotal() != null;
    List<Object> args =
        withTps
            ? List.of(
                shownText.toString(),
                tps(row.tpsWithData(), row.tpsTotal()),
                countedText.toString(),
                tps(received, expected))
            : List.of(shownText.toString(), countedText.toString());
    return Optional.of(
        new Finding(
            RULE,
            severity,
            contest.code(),
            levelOf(row.code()),
            row.code(),
            new MessageRef(withTps ? "rule.R23" : "rule.R23.votes", args),
            values));
  }

  private static StringBuilder separate(StringBuilder b) {
    return b.isEmpty() ? b : b.append(" · ");
  }

  private static String tps(Integer withData, Integer total) {
    return (withData == null ? "?" : Report.n(withData))
        + "/"
        + (total == null ? "?" : Report.n(total));
  }

  static RecapLevel levelOf(String code) {
    return switch (code.length()) {
      case 13 -> RecapLevel.TPS;
      case 10 -> RecapLevel.DESA;
      case 6 -> RecapLevel.KECAMATAN;
      default -> RecapLevel.KABKOTA;
    };
  }
}
