package id.rekap.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** TPS numbers as ranges and pieces: short for a clerk, exact for the record. */
class TpsRangesTest {
  @Test
  void runsOfThreeOrMoreBecomeRanges() {
    assertThat(TpsRanges.items(List.of("047", "001", "002", "003", "005", "006", "045", "046")))
        .containsExactly("001–003", "005", "006", "045–047");
    assertThat(TpsRanges.items(List.of("004"))).containsExactly("004");
    assertThat(TpsRanges.items(List.of("X1", "002", "001", "002")))
        .containsExactly("001", "002", "X1");
  }

  @Test
  void everyNumberIsCoveredExactlyOnceAndPiecesStayShort() {
    Random random = new Random(451);
    for (int round = 0; round < 200; round++) {
      TreeSet<Integer> numbers = new TreeSet<>();
      int size = 1 + random.nextInt(451);
      for (int n = 1; n <= size; n++) {
        if (random.nextInt(4) > round % 4) {
          numbers.add(n);
        }
      }
      List<String> given = new ArrayList<>();
      numbers.forEach(n -> given.add(String.format("%03d", n)));
      List<String> items = TpsRanges.items(given);
      List<Integer> covered = new ArrayList<>();
      for (String piece : TpsRanges.pieces(items, 100)) {
        assertThat(piece.length()).isLessThanOrEqualTo(100);
        for (String item : piece.split(", ")) {
          String[] ends = item.split("–");
          for (int n = Integer.parseInt(ends[0]);
              n <= Integer.parseInt(ends[ends.length - 1]);
              n++) {
            covered.add(n);
          }
        }
      }
      assertThat(covered).containsExactlyElementsOf(numbers);
    }
  }
}
