package id.rekap.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rotation policy: 8 newest, newest per hour for a day, newest per day for 30 days. */
class RotationTest {
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

  @Test
  void aFortnightOfBackupsEveryQuarterHourKeepsNewestHourlyAndDaily() {
    List<Rotation.Item<Integer>> items = new ArrayList<>();
    for (int i = 0; i < 14 * 24 * 4; i++) {
      items.add(new Rotation.Item<>(i, NOW.minus(Duration.ofMinutes(15L * i))));
    }
    Set<Integer> keep = Rotation.keep(items, NOW, WIB);
    // the 8 newest
    for (int i = 0; i < 8; i++) {
      assertThat(keep).contains(i);
    }
    // one per local hour of the last 24 hours, the newest of each: it is 19:00 WIB, so 0 is the
    // 19:00 hour's, 1 (18:45) the 18:00 hour's, 5 (17:45) the 17:00 hour's, ...
    assertThat(keep).contains(0);
    for (int h = 1; h < 24; h++) {
      assertThat(keep).as("hour %d", h).contains(4 * h - 3);
    }
    assertThat(keep).doesNotContain(8, 12, 16);
    // one per local day of the last 14 days
    long days =
        keep.stream()
            .map(i -> items.get(i).createdAt().atZone(WIB).toLocalDate())
            .distinct()
            .count();
    assertThat(days).isEqualTo(15);
    assertThat(keep).hasSizeLessThanOrEqualTo(8 + 24 + 30);
    // nothing older than 30 days would be kept, but the newest 8 always are
    assertThat(
            Rotation.keep(
                List.of(new Rotation.Item<>(1, NOW.minus(Duration.ofDays(90)))), NOW, WIB))
        .containsExactly(1);
  }

  @Test
  void fewBackupsAreAllKept() {
    List<Rotation.Item<Integer>> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(new Rotation.Item<>(i, NOW.minus(Duration.ofDays(40L * i))));
    }
    assertThat(Rotation.keep(items, NOW, WIB)).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
  }
}
