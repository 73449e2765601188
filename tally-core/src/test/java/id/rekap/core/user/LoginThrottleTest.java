package id.rekap.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, acceptance 3: twenty wrong passwords in a row. The first five cost nothing; after that
 * each try waits longer (30 s, 1, 2, 4 … minutes, at most an hour), a try before the wait is over
 * is refused unchecked and said how long to wait, and every checked failure is in the audit log.
 * The clock is the test's: nobody waits.
 */
class LoginThrottleTest {
  @TempDir Path dir;

  /** A clock the test moves forward. */
  static final class Hands extends Clock {
    private Instant now = Instant.parse("2024-02-20T10:15:30Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Jakarta");
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

  private static RekapException refusal(Runnable login) {
    try {
      login.run();
    } catch (RekapException e) {
      return e;
    }
    throw new AssertionError("the login was not refused");
  }

  @Test
  void twentyWrongPasswordsWaitLongerAndLongerAndAreAllAudited() throws Exception {
    Hands clock = new Hands();
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"), clock)) {
      User admin = PlenaryUsers.admin(ws);
      PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
      Users users = ws.users();
      List<Long> waits = new ArrayList<>();
      for (int attempt = 1; attempt <= 20; attempt++) {
        RekapException e = refusal(() -> users.login("ani", "bukan-sandinya-42".toCharArray()));
        long wait = users.waiting("ani").map(Duration::toSeconds).orElse(0L);
        waits.add(wait);
        if (wait == 0) {
          assertThat(e.key()).isEqualTo("user.error.login");
        } else {
          assertThat(e.key()).isEqualTo("user.error.loginLocked");
          assertThat(e.getMessage()).contains(String.valueOf(wait)).contains("detik");
          // trying again before the wait is over: refused unchecked, even the right password
          clock.advance(Duration.ofSeconds(wait / 2));
          RekapException early =
              refusal(() -> users.login("ani", PlenaryUsers.PASSWORD.toCharArray()));
          assertThat(early.key()).isEqualTo("user.error.loginWait");
          assertThat(early.getMessage()).contains(String.valueOf(wait - wait / 2));
          clock.advance(Duration.ofSeconds(wait - wait / 2));
        }
      }
      assertThat(waits.subList(0, 4)).containsOnly(0L);
      assertThat(waits.subList(4, 12))
          .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L);
      assertThat(waits.subList(12, 20)).containsOnly(3600L);
      for (int i = 5; i < 12; i++) {
        assertThat(waits.get(i)).as("the wait grows").isGreaterThan(waits.get(i - 1));
      }

      List<Record> failed =
          WorkspaceInternals.database(ws)
              .dsl()
              .fetch(
                  "select actor, payload from audit_event where action = 'user.login.failed'"
                      + " order by seq");
      assertThat(failed).hasSize(20);
      // a refused try writes only the throttle's counters, which the chain leaves out: no
      // state.bind event per try (the stored state still verifies, below)
      assertThat(
              WorkspaceInternals.database(ws)
                  .dsl()
                  .fetch("select seq from audit_event where action = 'state.bind'"))
          .isEmpty();
      for (int i = 0; i < failed.size(); i++) {
        JsonNode p = Json.mapper().readTree(failed.get(i).get(1, String.class));
        assertThat(failed.get(i).get(0, String.class)).isEqualTo("unauthenticated");
        assertThat(p.path("user").asText()).isEqualTo("ani");
        assertThat(p.path("failures").asInt()).isEqualTo(i + 1);
        assertThat(p.path("waitSeconds").asLong()).isEqualTo(waits.get(i));
        // the unchecked tries while waiting are counted with the next failure
        assertThat(p.path("refusedWhileWaiting").asInt()).isEqualTo(i >= 5 ? 1 : 0);
        assertThat(failed.get(i).get(1, String.class)).doesNotContain("bukan-sandinya");
      }

      // the right password after the wait: in, the count starts again, and that is audited too
      clock.advance(Duration.ofHours(1));
      assertThat(users.login("ani", PlenaryUsers.PASSWORD.toCharArray()).name()).isEqualTo("ani");
      assertThat(users.waiting("ani")).isEmpty();
      assertThat(
              WorkspaceInternals.database(ws)
                  .dsl()
                  .fetchValue(
                      "select payload from audit_event where action = 'user.login'"
                          + " order by seq desc limit 1")
                  .toString())
          .contains("\"failuresBefore\":20");
      assertThatThrownBy(() -> users.login("ani", "bukan-sandinya-42".toCharArray()))
          .extracting(e -> ((RekapException) e).key())
          .isEqualTo("user.error.login");
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }

  @Test
  void anUnknownNameWaitsLikeAnAccountSoGuessesTellNothing() {
    Hands clock = new Hands();
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"), clock)) {
      for (int i = 0; i < 5; i++) {
        refusal(() -> ws.users().login("tidak-ada", "apa-saja-12345".toCharArray()));
      }
      assertThat(ws.users().waiting("tidak-ada")).contains(Duration.ofSeconds(30));
      assertThat(refusal(() -> ws.users().login("tidak-ada", "apa-saja-12345".toCharArray())).key())
          .isEqualTo("user.error.loginWait");
      // a day later the failures of a name nobody has are forgotten when the next one is counted
      clock.advance(Duration.ofDays(2));
      refusal(() -> ws.users().login("orang-lain", "apa-saja-12345".toCharArray()));
      assertThat(ws.users().waiting("tidak-ada")).isEmpty();
    }
  }

  @Test
  void theWaitsGrowFromThirtySecondsToAnHour() {
    assertThat(LoginThrottle.waitAfter(4)).isZero();
    assertThat(LoginThrottle.waitAfter(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.waitAfter(6)).isEqualTo(Duration.ofMinutes(1));
    assertThat(LoginThrottle.waitAfter(11)).isEqualTo(Duration.ofSeconds(1920));
    assertThat(LoginThrottle.waitAfter(12)).isEqualTo(Duration.ofHours(1));
    assertThat(LoginThrottle.waitAfter(1000)).isEqualTo(Duration.ofHours(1));
  }
}
