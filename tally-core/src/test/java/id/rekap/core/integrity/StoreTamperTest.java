package id.rekap.core.integrity;

import static id.rekap.core.store.generated.Tables.ADOPTION;
import static id.rekap.core.store.generated.Tables.APP_USER;
import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.TPS_RESULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.StateDifference;
import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.common.MessageRef;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.core.support.ChainForger;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, acceptance 2: the H2 file edited directly, one change at a time, on the real Kepulauan
 * Seribu sample: a result, a role, an adoption, a deleted event. Each time {@code audit verify}
 * fails naming the row (or the event), and adoption, signing and package export refuse. A forger
 * who rewrites rows and recomputes the whole chain is caught by the signed checkpoint.
 */
class StoreTamperTest {
  static final String TPS = "3101021001001";
  static final char[] PASSPHRASE = "frasa-sandi-kab-uji".toCharArray();

  @TempDir Path dir;
  private Workspace ws;
  private User chair;
  private SigningKey key;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    chair = PlenaryUsers.add(ws).chair();
    ws.keys().init(Workspaces.CLERK, PASSPHRASE);
    key = ws.keys().open(PASSPHRASE);
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void votesMovedBetweenCandidatesInTheFileAreNamed() {
    // the attack: numbers changed by SQL, the stored value digest left as it was
    WorkspaceInternals.database(ws)
        .dsl()
        .update(TPS_RESULT)
        .set(TPS_RESULT.VALID, TPS_RESULT.VALID.plus(7))
        .where(TPS_RESULT.TPS_CODE.eq(TPS))
        .execute();
    VerifyAudit.Result r = ws.verifyAudit().run();
    assertThat(r.problem()).isEmpty();
    assertThat(r.differences())
        .containsExactly(
            new StateDifference("tps_result", TPS + "|ppwp|sirekap", StateDifference.Kind.CHANGED));
    assertRefused();
  }

  @Test
  void aRoleChangedInTheFileIsNamed() {
    WorkspaceInternals.database(ws)
        .dsl()
        .update(APP_USER)
        .set(APP_USER.ROLE, "chair")
        .where(APP_USER.NAME.eq("ani"))
        .execute();
    assertThat(ws.verifyAudit().run().differences())
        .containsExactly(new StateDifference("app_user", "ani", StateDifference.Kind.CHANGED));
    assertRefused();
  }

  @Test
  void anAdoptionInsertedInTheFileIsNamedAndNeverOfficial() {
    WorkspaceInternals.database(ws)
        .dsl()
        .insertInto(ADOPTION)
        .set(ADOPTION.CONTEST, "ppwp")
        .set(ADOPTION.CODE, "3101")
        .set(ADOPTION.ADOPTED_BY, chair.name())
        .set(ADOPTION.ADOPTED_AT, "2024-02-20T10:00:00Z")
        .execute();
    assertThat(ws.verifyAudit().run().differences())
        .containsExactly(new StateDifference("adoption", "ppwp|3101", StateDifference.Kind.ADDED));
    // an adoption without a digest never makes a form OFFICIAL
    var settings =
        ws.reports()
            .settings(
                ContestCode.PPWP, null, List.of(), id.rekap.core.support.TestClock.FIXED, "t");
    assertThat(settings.marking()).isEqualTo(id.rekap.core.report.Marking.DRAFT);
    assertRefused();
  }

  @Test
  void aDeletedEventBreaksTheChainAndItsRowsAreNamed() {
    // an account the admin added, still with its temporary password: the event wrote its row and
    // its login state (must change the password)
    ws.users()
        .add(
            PlenaryUsers.admin(ws),
            "dedi",
            id.rekap.core.user.Role.OPERATOR,
            PlenaryUsers.TEMPORARY.toCharArray());
    ws.setRuleSeverity().run(chair, "R7", "error"); // an event after it: the deleted one is inside
    long seq =
        WorkspaceInternals.database(ws)
            .dsl()
            .select(AUDIT_EVENT.SEQ)
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.ACTION.eq("user.add"))
            .orderBy(AUDIT_EVENT.SEQ.desc())
            .limit(1)
            .fetchOne(AUDIT_EVENT.SEQ);
    WorkspaceInternals.database(ws)
        .dsl()
        .deleteFrom(AUDIT_EVENT)
        .where(AUDIT_EVENT.SEQ.eq(seq))
        .execute();
    VerifyAudit.Result r = ws.verifyAudit().run();
    assertThat(r.problem())
        .hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("audit.verify.gap"));
    assertThat(r.differences())
        .extracting(StateDifference::table, StateDifference::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("app_user", StateDifference.Kind.ADDED),
            org.assertj.core.groups.Tuple.tuple("login_state", StateDifference.Kind.ADDED));
    assertRefused();
  }

  @Test
  void aRewrittenAndRechainedHistoryIsCaughtByTheSignedCheckpoint() throws Exception {
    sign(); // the key signs the head into the chain
    WorkspaceInternals.database(ws)
        .dsl()
        .update(TPS_RESULT)
        .set(TPS_RESULT.VALID, TPS_RESULT.VALID.plus(7))
        .where(TPS_RESULT.TPS_CODE.eq(TPS))
        .execute();
    ChainForger.rechain(WorkspaceInternals.database(ws), false);
    VerifyAudit.Result r = ws.verifyAudit().run();
    // links, hashes and state all recompute: only the signature over the old head does not
    assertThat(r.problem()).isEmpty();
    assertThat(r.differences()).isEmpty();
    assertThat(r.checkpoints())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.problem()).contains(new MessageRef("audit.checkpoint.head", c.seq())));
    assertThat(r.ok()).isFalse();
    assertRefused();
  }

  private Path sign() throws Exception {
    var settings =
        ws.reports()
            .settings(
                ContestCode.PPWP, null, List.of(), id.rekap.core.support.TestClock.FIXED, "t");
    FormDocument doc = ws.reports().dHasil(ContestCode.PPWP, null, null, settings);
    Path out = Files.createDirectories(dir.resolve("forms"));
    return ws.signForm()
        .write(Workspaces.CLERK, doc, ReportFile.Format.PDF, Paper.A4, out, key, true);
  }

  /** Adoption, signing and package export refuse, and change nothing. */
  private void assertRefused() {
    long events = WorkspaceInternals.database(ws).dsl().fetchCount(AUDIT_EVENT);
    refused(() -> ws.adoptions().adopt(chair, ContestCode.PPWP, TPS, "ditetapkan"));
    refused(this::sign);
    refused(
        () ->
            ws.exportPackage()
                .run(Workspaces.CLERK, key, "uji", dir.resolve("paket.rekap"), "test"));
    assertThat(WorkspaceInternals.database(ws).dsl().fetchCount(AUDIT_EVENT)).isEqualTo(events);
    assertThat(dir.resolve("paket.rekap")).doesNotExist();
  }

  private static void refused(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> {
              assertThat(e.key()).isEqualTo("integrity.error.refused");
              assertThat(e.kind()).isEqualTo(RekapException.Kind.STATE);
            });
  }
}
