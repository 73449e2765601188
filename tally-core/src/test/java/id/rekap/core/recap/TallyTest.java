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
import org.junit.jupiter.api.Test;

/** Sums keep "nobody reported this" (null) apart from a reported 0. */
class TallyTest {
  @Test
  void anEmptyTallyIsNullEverywhere() {
    Tally t = new Tally();
    for (AdminField f : AdminField.values()) {
      assertThat(t.admin(f)).as(f.name()).isNull();
    }
    assertThat(t.votes(1)).isNull();
    assertThat(t.votes()).isEmpty();
    assertThat(t.results()).isZero();
  }

  @Test
  void aReportedZeroIsZeroAndAnUnreportedFieldStaysNull() {
    Tally t = new Tally();
    t.add(result("3101011001001", Map.of(AdminField.INVALID, 0), votes(1, 0, 2, null)));
    assertThat(t.admin(AdminField.INVALID)).isZero();
    assertThat(t.admin(AdminField.VALID)).isNull();
    assertThat(t.votes(1)).isZero();
    assertThat(t.votes(2)).isNull();
    // a cell that was on the form but unreported is listed, as null
    assertThat(t.votes()).containsEntry(2, null).containsEntry(1, 0L);
    assertThat(t.results()).isEqualTo(1);
  }

  @Test
  void nullPlusANumberIsTheNumber() {
    Tally t = new Tally();
    t.add(result("3101011001001", Map.of(), votes(1, null)));
    t.add(result("3101011001002", Map.of(AdminField.VALID, 200), votes(1, 7)));
    t.add(result("3101011001003", Map.of(AdminField.VALID, 50), votes(1, null)));
    assertThat(t.admin(AdminField.VALID)).isEqualTo(250L);
    assertThat(t.votes(1)).isEqualTo(7L);
    assertThat(t.results()).isEqualTo(3);
  }

  @Test
  void addingTalliesIsAddingTheirResults() {
    Tally a = new Tally();
    a.add(result("3101011001001", Map.of(AdminField.DPT, 10), votes(1, 3, 2, null)));
    Tally b = new Tally();
    b.add(result("3101011001002", Map.of(AdminField.TOTAL, 0), votes(2, 4, 3, null)));
    Tally sum = new Tally();
    sum.add(a);
    sum.add(b);
    sum.add(new Tally());
    assertThat(sum.admin(AdminField.DPT)).isEqualTo(10L);
    assertThat(sum.admin(AdminField.TOTAL)).isZero();
    assertThat(sum.admin(AdminField.VALID)).isNull();
    assertThat(sum.votes()).containsEntry(1, 3L).containsEntry(2, 4L).containsEntry(3, null);
    assertThat(sum.results()).isEqualTo(2);
  }

  @Test
  void sumsDoNotOverflowAnInt() {
    Tally t = new Tally();
    for (int i = 1; i <= 30_000; i++) {
      t.add(result("3101011001001", Map.of(AdminField.DPT, 99_999), votes(1, 99_999)));
    }
    assertThat(t.admin(AdminField.DPT)).isEqualTo(30_000L * 99_999);
    assertThat(t.votes(1)).isEqualTo(30_000L * 99_999);
  }

  static TpsResult result(String tps, Map<AdminField, Integer> admin, Votes votes) {
    AdminBlock block = AdminBlock.empty();
    for (var e : admin.entrySet()) {
      block = block.with(e.getKey(), e.getValue());
    }
    return new TpsResult(new TpsCode(tps), ContestCode.PPWP, Source.SIREKAP, null, block, votes);
  }

  /** Votes from key/value pairs (values may be null). */
  static Votes votes(Object... keyValues) {
    Map<Integer, Integer> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((Integer) keyValues[i], (Integer) keyValues[i + 1]);
    }
    return Votes.of(m);
  }
}
