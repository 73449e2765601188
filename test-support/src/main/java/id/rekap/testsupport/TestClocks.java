package id.rekap.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The fixed clock of the tests: one instant (the morning after the 2024 vote) in a zone that is not
 * UTC, as the office PCs in Papua have, so a test that confuses instants and local times fails. A
 * test that needs another zone or moment says so with {@link #at}.
 */
public final class TestClocks {
  /** The instant every fixed clock of the tests starts from unless it needs another. */
  public static final Instant INSTANT = Instant.parse("2024-02-20T10:15:30Z");

  /** The clock of the tests: {@link #INSTANT} in WIT (Asia/Jayapura). */
  public static final Clock FIXED = Clock.fixed(INSTANT, ZoneId.of("Asia/Jayapura"));

  private TestClocks() {}

  /** {@link #INSTANT} seen from {@code zone} (a command-line test in WITA, a signature in UTC). */
  public static Clock at(ZoneId zone) {
    return Clock.fixed(INSTANT, zone);
  }

  /** A fixed clock at another moment, for a test about the moment itself. */
  public static Clock at(String instant, ZoneId zone) {
    return Clock.fixed(Instant.parse(instant), zone);
  }
}
