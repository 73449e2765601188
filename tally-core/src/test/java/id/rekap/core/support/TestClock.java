package id.rekap.core.support;

import id.rekap.testsupport.TestClocks;
import java.time.Clock;

/**
 * The fixed clock every test uses, under the name the core's tests have always used: the one clock
 * of test-support ({@link TestClocks#FIXED}).
 */
public final class TestClock {
  public static final Clock FIXED = TestClocks.FIXED;

  private TestClock() {}
}
