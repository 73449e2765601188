package id.rekap.core.adoption;

import id.rekap.core.check.Finding;
import id.rekap.core.common.Json;
import id.rekap.core.result.TpsResult;
import id.rekap.signing.Sha256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plenary ruling rules on. A ruling settles the findings or the package conflict a place had
 * when it was made, and only those: its subject is a digest of that situation, and a ruling whose
 * subject is no longer the place's (the numbers were corrected, a newer package came, a rule's
 * severity was raised) settles nothing any more.
 */
final class Rulings {
  private Rulings() {}

  /**
   * A TPS's subject: its numbers (the used result's value digest), the package row it disagrees
   * with (if any), and the rules in error.
   */
  static String subject(
      String tps, TpsResult used, TpsResult conflictingPackage, List<String> errorRules) {
    return Sha256.hex(
        "rekap-ruling/1\n"
            + tps
            + "\n"
            + used.digest()
            + "\n"
            + (conflictingPackage == null ? "-" : conflictingPackage.digest())
            + "\n"
            + String.join(",", errorRules)
            + "\n");
  }

  /** A region's subject: the package totals that differ (R22), rule and values. */
  static String subject(String region, List<Finding> packageTotals) {
    List<Object> what = new ArrayList<>();
    for (Finding f : packageTotals) {
      what.add(List.of(f.rule(), f.values()));
    }
    return Sha256.hex("rekap-ruling/1\n" + region + "\n" + Json.canonical(what) + "\n");
  }

  /** The newest ruling on each place, from the history (oldest first). */
  static Map<String, Ruling> newest(List<Decision> history) {
    Map<String, Ruling> out = new HashMap<>();
    for (Decision d : history) {
      out.putAll(d.rulings());
    }
    return out;
  }
}
