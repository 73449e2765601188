package id.rekap.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: an operator withdraws or replaces their own first entry until the other operator's
 * entry exists; each is one audited change, and every refusal leaves the store as it was.
 */
class WithdrawEntryTest {
  private static final TpsCode TPS = new TpsCode("3101011001004");

  @TempDir Path dir;
  private Workspace ws;
  private User ani;
  private User budi;

  @BeforeEach
  void workspaceWithOperators() {
    ws = Workspaces.sample(dir.resolve("ws"));
    User admin = PlenaryUsers.admin(ws);
    ani = PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
    budi = PlenaryUsers.person(ws, admin, "budi", Role.OPERATOR);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private TpsResult form(int pair2) {
    var contest = ws.election().contest(ContestCode.PPWP).orElseThrow();
    return KeyedForm.filled(
        contest, TPS, Source.CHASIL, Map.of("choices.1", 83, "choices.2", pair2, "choices.3", 38));
  }

  private java.util.List<String> actions() {
    return WorkspaceInternals.database(ws)
        .dsl()
        .fetch("select action from audit_event order by seq")
        .getValues(0, String.class);
  }

  @Test
  void theOwnFirstEntryIsWithdrawnAndKeyedAgain() {
    ws.entry().key(ani, form(170));
    ws.entry().withdraw(ani, TPS, ContestCode.PPWP, Source.CHASIL);
    assertThat(ws.entry().pending()).isEmpty();
    assertThat(ws.entry().key(ani, form(107)).state()).isEqualTo(KeyedEntry.State.AWAITING_SECOND);
    assertThat(ws.entry().key(budi, form(107)).state()).isEqualTo(KeyedEntry.State.COUNTED);
    assertThat(actions()).containsSubsequence("entry.key", "entry.withdraw", "entry.key");
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void theOwnFirstEntryIsReplacedInOneChange() {
    ws.entry().key(ani, form(170));
    var outcome = ws.entry().replace(ani, form(107));
    assertThat(outcome.state()).isEqualTo(KeyedEntry.State.AWAITING_SECOND);
    assertThat(ws.entry().pending())
        .singleElement()
        .satisfies(k -> assertThat(k.values()).isEqualTo(form(107)));
    assertThat(actions()).containsSubsequence("entry.key", "entry.replace");
    assertThat(ws.entry().key(budi, form(107)).state()).isEqualTo(KeyedEntry.State.COUNTED);
  }

  @Test
  void anotherOperatorsEntryIsNotTheirsToWithdraw() {
    ws.entry().key(ani, form(170));
    var before = StoreDump.of(ws);
    assertThatThrownBy(() -> ws.entry().withdraw(budi, TPS, ContestCode.PPWP, Source.CHASIL))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("entry.error.notOwnEntry"));
    assertThatThrownBy(() -> ws.entry().replace(budi, form(107)))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("entry.error.notOwnEntry"));
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void onceTheSecondEntryExistsOnlyTheVerifierSettles() {
    ws.entry().key(ani, form(170));
    ws.entry().key(budi, form(107));
    var before = StoreDump.of(ws);
    assertThatThrownBy(() -> ws.entry().withdraw(ani, TPS, ContestCode.PPWP, Source.CHASIL))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("entry.error.secondExists"));
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void nothingToWithdrawIsRefused() {
    var before = StoreDump.of(ws);
    assertThatThrownBy(() -> ws.entry().withdraw(ani, TPS, ContestCode.PPWP, Source.CHASIL))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("entry.error.noOwnEntry"));
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }
}
