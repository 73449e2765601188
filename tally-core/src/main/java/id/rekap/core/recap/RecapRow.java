package id.rekap.core.recap;

import java.util.Set;

/**
 * One row of a recap: a region (or TPS), how many TPS it expects and has received, the sums, and
 * the dapil(s) its TPS vote in (for party-list contests).
 */
public record RecapRow(
    String code, String name, int expected, int received, Tally tally, Set<String> dapils) {
  public RecapRow {
    dapils = Set.copyOf(dapils);
  }
}
