package id.rekap.core.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.region.TpsCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Contest#dapilOf} through its index finds what a scan of every dapil's regions finds. */
class DapilIndexTest {

  @Test
  void findsTheFirstCoveringDapilAsAScanDoes() {
    SplittableRandom random = new SplittableRandom(20);
    for (int round = 0; round < 50; round++) {
      List<Dapil> dapils = new ArrayList<>();
      int count = 1 + random.nextInt(30);
      for (int d = 0; d < count; d++) {
        List<String> regions = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int r = 0; r < n; r++) {
          // codes of every level, overlapping on purpose: a province, kab/kota, kecamatan, desa
          int[] lengths = {2, 4, 6, 10};
          regions.add(code(random, lengths[random.nextInt(lengths.length)]));
        }
        dapils.add(new Dapil("32-" + d, "Dapil " + d, 3, regions, List.of()));
      }
      Contest contest =
          new Contest(ContestCode.PDPRDK, "DPRD", Shape.PARTY_LISTS, "32", List.of(), dapils);
      for (int t = 0; t < 200; t++) {
        TpsCode tps = new TpsCode(code(random, 10) + String.format("%03d", 1 + random.nextInt(3)));
        assertThat(contest.dapilOf(tps)).isEqualTo(scan(dapils, tps));
      }
    }
  }

  @Test
  void isAnUnmodifiableListEqualToItsDapils() {
    Dapil a = new Dapil("32-1", "A", 3, List.of("3201"), List.of());
    Dapil b = new Dapil("32-2", "B", 3, List.of("3202"), List.of());
    Contest contest =
        new Contest(ContestCode.PDPRDK, "DPRD", Shape.PARTY_LISTS, "32", List.of(), List.of(a, b));
    assertThat(contest.dapils()).containsExactly(a, b).isEqualTo(List.of(a, b));
    assertThat(contest.dapilOf(new TpsCode("3203010001001"))).isEmpty();
    assertThatThrownBy(() -> contest.dapils().add(a))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Optional<Dapil> scan(List<Dapil> dapils, TpsCode tps) {
    return dapils.stream().filter(d -> d.covers(tps)).findFirst();
  }

  /** A code in a small space (32, kab/kota 01–03, …), so that dapils and TPS meet often. */
  private static String code(SplittableRandom random, int length) {
    StringBuilder s = new StringBuilder("32");
    while (s.length() < length) {
      s.append('0').append(1 + random.nextInt(3));
    }
    return s.substring(0, length);
  }
}
