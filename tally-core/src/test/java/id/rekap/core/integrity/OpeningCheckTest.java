package id.rekap.core.integrity;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.AUDIT_HEAD;
import static id.rekap.core.store.generated.Tables.RULE_SEVERITY;
import static id.rekap.core.store.generated.Tables.TPS_RESULT;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditChain;
import id.rekap.core.audit.StateDifference;
import id.rekap.core.audit.StateReplay;
import id.rekap.core.audit.StateSumBase;
import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.common.Actor;
import id.rekap.core.support.ChainForger;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The opening integrity check of ADR 0028 on the real Kepulauan Seribu sample: the chain, its
 * checkpoints and ONE state sum carried by the head event against the sum of the rows stored now.
 * An edit in the H2 file shows, and is named by the full replay it falls back to; nothing outside
 * the chain is trusted, so an edited row never becomes part of a sum that Rekap writes; a workspace
 * whose chain carries no sum yet is checked in full once and then given a base.
 */
class OpeningCheckTest {
  static final String TPS = "3101021001001";

  @TempDir Path dir;
  private Workspace ws;
  private User chair;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    chair = PlenaryUsers.add(ws).chair();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void anIntactWorkspaceIsCheckedByItsStateSumAlone() {
    VerifyAudit.Result opening = ws.verifyAudit().opening();
    VerifyAudit.Result full = ws.verifyAudit().run();
    assertThat(opening.ok()).isTrue();
    assertThat(opening.summed()).isTrue();
    assertThat(full.ok()).isTrue();
    assertThat(opening.head()).isEqualTo(full.head());
    assertThat(opening.checkpoints()).isEqualTo(full.checkpoints());
    // the head event's sum is the sum of the rows, recomputed from scratch
    assertThat(StateReplay.sum(headPayload()))
        .contains(WorkspaceInternals.database(ws).boundState().sum());
  }

  @Test
  void aResultEditedInTheFileFailsTheOpeningCheckAndIsNamed() {
    moveVotes();
    VerifyAudit.Result r = ws.openingCheck();
    assertThat(r.ok()).isFalse();
    assertThat(r.summed()).isFalse();
    assertThat(r.differences())
        .containsExactly(
            new StateDifference("tps_result", TPS + "|ppwp|sirekap", StateDifference.Kind.CHANGED));
  }

  @Test
  void anEditedRowWithAnEditedSumInTheHeadEventBreaksTheChain() {
    moveVotes();
    // the insider also writes the new rows' sum into the head event (the chain's only "cache")
    String payload = headPayload();
    String forged =
        payload.replace(
            StateReplay.sum(payload).orElseThrow(),
            WorkspaceInternals.database(ws).boundState().sum());
    WorkspaceInternals.database(ws)
        .dsl()
        .update(AUDIT_EVENT)
        .set(AUDIT_EVENT.PAYLOAD, forged)
        .where(AUDIT_EVENT.SEQ.eq(headSeq()))
        .execute();
    VerifyAudit.Result r = ws.openingCheck();
    assertThat(r.ok()).isFalse();
    assertThat(r.problem())
        .hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("audit.verify.hash"));
    assertThat(r.differences())
        .contains(
            new StateDifference("tps_result", TPS + "|ppwp|sirekap", StateDifference.Kind.CHANGED));
  }

  @Test
  void rekapWritingAfterAnEditNeverFoldsTheEditIntoItsSum() {
    moveVotes();
    // a legitimate use case after the edit: its event's sum is the head event's sum moved by the
    // row it wrote, never a sum of the rows as they are
    ws.setRuleSeverity().run(chair, "R7", "error");
    VerifyAudit.Result r = ws.openingCheck();
    assertThat(r.ok()).isFalse();
    assertThat(r.differences())
        .containsExactly(
            new StateDifference("tps_result", TPS + "|ppwp|sirekap", StateDifference.Kind.CHANGED));
    assertThat(lastAction()).isNotEqualTo(AuditAction.AUDIT_STATESUM.stored());
  }

  @Test
  void aRewrittenSumAtTheHeadIsStillCaughtByTheSignedCheckpointBeforeIt() throws Exception {
    // the insider recomputes the chain and the sums; the checkpoint signed before cannot be
    // re-signed, so the opening check still fails
    ws.keys().init(Workspaces.CLERK, "frasa-sandi-kab-uji".toCharArray());
    var key = ws.keys().open("frasa-sandi-kab-uji".toCharArray());
    ws.checkpoints().sign(new Actor(Workspaces.CLERK.name()), key, "report", "uji");
    moveVotes();
    ChainForger.rechain(WorkspaceInternals.database(ws), false);
    appendForgedSum();
    VerifyAudit.Result r = ws.openingCheck();
    assertThat(r.ok()).isFalse();
  }

  @Test
  void anEditOverwrittenByRekapIsForgivenAsTheFullCheckDoesAndRebased() {
    // a severity setting written in the file, then set by the chair through Rekap
    WorkspaceInternals.database(ws)
        .dsl()
        .insertInto(RULE_SEVERITY)
        .set(RULE_SEVERITY.RULE_ID, "R7")
        // (a value the store accepts: since V100 it refuses one outside the vocabulary)
        .set(RULE_SEVERITY.SEVERITY, "WARNING")
        .execute();
    ws.setRuleSeverity().run(chair, "R7", "error");
    // the row is now as its last event says (the full replay is content); the sum moved from the
    // edited row's digest, so the quick comparison cannot agree: the full replay decides
    assertThat(ws.verifyAudit().opening().summed()).isFalse();
    VerifyAudit.Result r = ws.openingCheck();
    assertThat(r.ok()).isTrue();
    assertThat(r.summed()).isFalse();
    assertThat(lastAction()).isEqualTo(AuditAction.AUDIT_STATESUM.stored());
    assertThat(ws.verifyAudit().opening().summed()).isTrue();
  }

  @Test
  void aChainWithoutSumsIsCheckedInFullOnceThenGivenABase() {
    Path folder = dir.resolve("ws");
    ChainForger.unbind(WorkspaceInternals.database(ws));
    ws.close();
    // the next opening binds the rows (LegacyBinding), checks them in full, and writes a base
    ws = Workspace.open(folder, TestClock.FIXED);
    VerifyAudit.Result first = ws.openingCheck();
    assertThat(first.ok()).isTrue();
    assertThat(first.summed()).isFalse();
    assertThat(lastAction()).isEqualTo(AuditAction.AUDIT_STATESUM.stored());
    ws.close();
    ws = Workspace.open(folder, TestClock.FIXED);
    long events = headSeq();
    VerifyAudit.Result second = ws.openingCheck();
    assertThat(second.ok()).isTrue();
    assertThat(second.summed()).isTrue();
    assertThat(headSeq()).isEqualTo(events);
    // and an edit made after the base is caught by the quick comparison's fallback
    moveVotes();
    assertThat(ws.verifyAudit().opening().differences())
        .containsExactly(
            new StateDifference("tps_result", TPS + "|ppwp|sirekap", StateDifference.Kind.CHANGED));
  }

  @Test
  void aBaseIsNotWrittenWhenTheHeadMovedSinceTheCheck() {
    var before = ws.verifyAudit().run().head();
    ws.setRuleSeverity().run(chair, "R7", "error");
    boolean written =
        new StateSumBase(
                WorkspaceInternals.database(ws).transactions(),
                WorkspaceInternals.database(ws).auditLog(TestClock.FIXED),
                WorkspaceInternals.database(ws).boundState())
            .run(before);
    assertThat(written).isFalse();
  }

  private void moveVotes() {
    WorkspaceInternals.database(ws)
        .dsl()
        .update(TPS_RESULT)
        .set(TPS_RESULT.VALID, TPS_RESULT.VALID.plus(7))
        .where(TPS_RESULT.TPS_CODE.eq(TPS))
        .execute();
  }

  /** Appends, as the insider would, an event whose sum is the rows' sum now. */
  private void appendForgedSum() {
    var dsl = WorkspaceInternals.database(ws).dsl();
    long seq = headSeq();
    String prev = dsl.select(AUDIT_HEAD.HASH).from(AUDIT_HEAD).fetchOne(AUDIT_HEAD.HASH);
    String payload =
        "{\"stateSum\":\"" + WorkspaceInternals.database(ws).boundState().sum() + "\"}";
    String at = "2024-02-20T10:00:00Z";
    String hash = AuditChain.hash(prev, seq + 1, at, "rekap", "audit.statesum", payload);
    dsl.insertInto(AUDIT_EVENT)
        .set(AUDIT_EVENT.SEQ, seq + 1)
        .set(AUDIT_EVENT.AT, at)
        .set(AUDIT_EVENT.ACTOR, "rekap")
        .set(AUDIT_EVENT.ACTION, "audit.statesum")
        .set(AUDIT_EVENT.PAYLOAD, payload)
        .set(AUDIT_EVENT.PREV_HASH, prev)
        .set(AUDIT_EVENT.HASH, hash)
        .execute();
    dsl.update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, seq + 1).set(AUDIT_HEAD.HASH, hash).execute();
  }

  private long headSeq() {
    return WorkspaceInternals.database(ws)
        .dsl()
        .select(AUDIT_HEAD.SEQ)
        .from(AUDIT_HEAD)
        .fetchOne(AUDIT_HEAD.SEQ);
  }

  private String headPayload() {
    return WorkspaceInternals.database(ws)
        .dsl()
        .select(AUDIT_EVENT.PAYLOAD)
        .from(AUDIT_EVENT)
        .where(AUDIT_EVENT.SEQ.eq(headSeq()))
        .fetchOne(AUDIT_EVENT.PAYLOAD);
  }

  private String lastAction() {
    return WorkspaceInternals.database(ws)
        .dsl()
        .select(AUDIT_EVENT.ACTION)
        .from(AUDIT_EVENT)
        .where(AUDIT_EVENT.SEQ.eq(headSeq()))
        .fetchOne(AUDIT_EVENT.ACTION);
  }
}
