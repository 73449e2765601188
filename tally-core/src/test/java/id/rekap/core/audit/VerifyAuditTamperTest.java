package id.rekap.core.audit;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.AUDIT_HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.common.MessageRef;
import id.rekap.core.common.Messages;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VerifyAudit on a real workspace (the sample: init, regions import, 81 result imports = 83 events)
 * passes, and fails with the right problem after any audit row is altered, deleted or reordered
 * behind the application's back with SQL.
 */
class VerifyAuditTamperTest {
  private static final long MIDDLE = 40;

  @TempDir Path dir;
  private Workspace ws;
  private DSLContext sql;
  private long newest;

  @BeforeEach
  void open() {
    ws = Workspaces.sample(dir.resolve("ws"));
    sql = WorkspaceInternals.database(ws).dsl();
    newest = sql.select(AUDIT_HEAD.SEQ).from(AUDIT_HEAD).fetchOne().value1();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void anUntouchedWorkspaceVerifies() {
    VerifyAudit.Result r = ws.verifyAudit().run();
    assertThat(r.ok()).isTrue();
    // workspace.init and its first admin, the master data, 81 Sirekap files
    assertThat(r.events()).isEqualTo(newest).isEqualTo(84);
    assertThat(r.headHash())
        .isEqualTo(sql.select(AUDIT_HEAD.HASH).from(AUDIT_HEAD).fetchOne().value1());
    assertThat(
            sql.select(AUDIT_EVENT.ACTION)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.SEQ)
                .limit(3)
                .fetch(AUDIT_EVENT.ACTION))
        .containsExactly("workspace.init", "user.add", "regions.import");
  }

  @Test
  void anAlteredPayloadIsCaught() {
    update(AUDIT_EVENT.PAYLOAD, "{\"tps\":\"3101011001001\"}", MIDDLE);
    assertProblem("audit.verify.hash", MIDDLE);
  }

  @Test
  void anAlteredActorIsCaught() {
    update(AUDIT_EVENT.ACTOR, "os:someone-else", MIDDLE);
    assertProblem("audit.verify.hash", MIDDLE);
  }

  @Test
  void anAlteredTimeIsCaught() {
    update(AUDIT_EVENT.AT, "2024-02-15T01:00:00Z", 1);
    assertProblem("audit.verify.hash", 1);
  }

  @Test
  void anAlteredRowWithARecomputedHashBreaksTheNextLink() {
    // An editor who also recomputes the row's own hash is caught by the next row's link.
    var e = sql.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(MIDDLE)).fetchOne();
    String payload = "{\"forged\":true}";
    sql.update(AUDIT_EVENT)
        .set(AUDIT_EVENT.PAYLOAD, payload)
        .set(
            AUDIT_EVENT.HASH,
            AuditChain.hash(
                e.getPrevHash(), MIDDLE, e.getAt(), e.getActor(), e.getAction(), payload))
        .where(AUDIT_EVENT.SEQ.eq(MIDDLE))
        .execute();
    assertProblem("audit.verify.link", MIDDLE + 1);
  }

  @Test
  void aDeletedMiddleRowIsAGap() {
    sql.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(MIDDLE)).execute();
    assertProblem("audit.verify.gap", MIDDLE + 1, MIDDLE);
  }

  @Test
  void aDeletedNewestRowIsCaughtByTheHead() {
    sql.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(newest)).execute();
    assertProblem("audit.verify.head", newest, newest - 1);
  }

  @Test
  void aChangedHeadIsCaught() {
    sql.update(AUDIT_HEAD).set(AUDIT_HEAD.HASH, AuditChain.GENESIS).execute();
    assertProblem("audit.verify.head", newest, newest);
  }

  @Test
  void swappedRowsBreakTheLink() {
    long a = 10;
    long b = 20;
    sql.update(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, -1L).where(AUDIT_EVENT.SEQ.eq(a)).execute();
    sql.update(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, a).where(AUDIT_EVENT.SEQ.eq(b)).execute();
    sql.update(AUDIT_EVENT).set(AUDIT_EVENT.SEQ, b).where(AUDIT_EVENT.SEQ.eq(-1L)).execute();
    assertProblem("audit.verify.link", a);
  }

  private void update(org.jooq.TableField<?, String> field, String value, long seq) {
    int n = sql.update(AUDIT_EVENT).set(field, value).where(AUDIT_EVENT.SEQ.eq(seq)).execute();
    assertThat(n).isEqualTo(1);
  }

  /** The verification fails with this key and numbers, and the message reads in both languages. */
  private void assertProblem(String key, long... numbers) {
    VerifyAudit.Result r = ws.verifyAudit().run();
    assertThat(r.ok()).isFalse();
    MessageRef problem = r.problem().orElseThrow();
    assertThat(problem.key()).isEqualTo(key);
    assertThat(problem.args().stream().mapToLong(a -> (Long) a).toArray()).containsExactly(numbers);
    Object[] args = problem.args().toArray();
    for (Locale locale : new Locale[] {Messages.INDONESIAN, Locale.ENGLISH}) {
      assertThat(Messages.get(locale, key, args))
          .isNotBlank()
          .doesNotContain(key)
          .contains(Long.toString(numbers[0]));
    }
  }
}
