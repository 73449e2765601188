package id.rekap.core.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The growing wait after failed logins: the first five failures in a row cost nothing (a typo, a
 * forgotten caps lock); after that each further try waits 30 s, then 1, 2, 4 … minutes, at most an
 * hour. Guessing a ten-character password is then out of reach at the office PC, while a clerk who
 * mistyped is back in half a minute.
 */
final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  private LoginThrottle() {}

  /** How long the next try must wait after this many failures in a row. */
  static Duration waitAfter(int failures) {
    if (failures < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 16);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  /** Until when the account waits, if it does at {@code now}. */
  static Optional<Instant> waitingUntil(LoginStateRepository.State state, Instant now) {
    if (state.lastFailureAt() == null) {
      return Optional.empty();
    }
    Instant until = Instant.parse(state.lastFailureAt()).plus(waitAfter(state.failures()));
    return now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }

  /** Whole seconds from now until then, rounded up, so that "wait 0 s" is never said. */
  static long secondsUntil(Instant now, Instant until) {
    long millis = Duration.between(now, until).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
