package id.rekap.core.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward (in the same non-UTC zone as {@link TestClock}). */
public final class SteppingClock extends Clock {
  private volatile Instant now;

  public SteppingClock() {
    this(TestClock.FIXED.instant());
  }

  public SteppingClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return TestClock.FIXED.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
