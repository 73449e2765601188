package id.rekap.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.Votes;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TallyCellsTest {
  @Test
  void aCellNobodyReportedStaysNullAndReportedCellsAdd() {
    Tally t = new Tally();
    t.add(result(Map.of(1, 10, 2, 5), 100));
    t.add(result(cells(1, null, 2, 7, 3, null), null));

    assertThat(t.results()).isEqualTo(2);
    assertThat(t.votes(1)).isEqualTo(10L);
    assertThat(t.votes(2)).isEqualTo(12L);
    assertThat(t.votes(3)).isNull();
    assertThat(t.votes(4)).isNull();
    Map<Integer, Long> expected = new TreeMap<>();
    expected.put(1, 10L);
    expected.put(2, 12L);
    expected.put(3, null);
    assertThat(t.votes()).isEqualTo(expected);
    assertThat(t.admin(AdminField.DPT)).isEqualTo(100L);
    assertThat(t.admin(AdminField.VALID)).isNull();
  }

  @Test
  void addingTalliesEqualsAddingTheirResults() {
    Random r = new Random(1);
    Tally all = new Tally();
    Tally left = new Tally();
    Tally right = new Tally();
    Map<Integer, Long> expected = new TreeMap<>();
    for (int i = 0; i < 200; i++) {
      Map<Integer, Integer> cells = new HashMap<>();
      // Different key sets per result, as TPS of different dapils in one kecamatan have.
      for (int k = 0; k < 30; k++) {
        int key = 1000 * (1 + r.nextInt(5)) + r.nextInt(12);
        Integer v = r.nextInt(10) == 0 ? null : r.nextInt(300);
        cells.put(key, v);
      }
      TpsResult res = result(cells, r.nextInt(300));
      cells.forEach((k, v) -> expected.put(k, NullSum.add(expected.get(k), v)));
      all.add(res);
      (i % 2 == 0 ? left : right).add(res);
    }
    Tally merged = new Tally();
    merged.add(left);
    merged.add(right);

    assertThat(all.votes()).isEqualTo(expected);
    assertThat(merged.votes()).isEqualTo(all.votes());
    assertThat(merged.results()).isEqualTo(200);
    assertThat(merged.admin(AdminField.DPT)).isEqualTo(all.admin(AdminField.DPT));
    expected.forEach((k, v) -> assertThat(all.votes(k)).isEqualTo(v));
  }

  /** Null-aware sum for the expected map: null only while every value is null. */
  private static final class NullSum {
    static Long add(Long sum, Integer value) {
      if (value == null) {
        return sum;
      }
      return sum == null ? value.longValue() : sum + value;
    }
  }

  private static Map<Integer, Integer> cells(Object... keyValues) {
    Map<Integer, Integer> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((Integer) keyValues[i], (Integer) keyValues[i + 1]);
    }
    return m;
  }

  private static TpsResult result(Map<Integer, Integer> votes, Integer dpt) {
    Map<AdminField, Integer> admin = new HashMap<>();
    admin.put(AdminField.DPT, dpt);
    return new TpsResult(
        new TpsCode("3201011001001"),
        ContestCode.PDPR,
        Source.SIREKAP,
        "3201",
        AdminBlock.of(admin),
        Votes.of(votes));
  }
}
