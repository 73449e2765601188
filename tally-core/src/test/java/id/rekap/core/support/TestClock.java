package id.rekap.core.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The fixed clock every test uses (a non-UTC zone, as the office PCs in Papua have). */
public final class TestClock {
  public static final Clock FIXED =
      Clock.fixed(Instant.parse("2024-02-20T10:15:30Z"), ZoneId.of("Asia/Jayapura"));

  private TestClock() {}
}
