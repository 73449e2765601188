package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.AUDIT_HEAD;

import id.rekap.core.audit.AuditChain;
import id.rekap.core.audit.AuditEvent;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.Json;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The audit log in audit_event, with its head in audit_head. Reading the head with FOR UPDATE
 * serialises writers, so two transactions can never append with the same sequence number.
 */
public final class JooqAuditLog implements AuditLog {
  private final DSLContext dsl;
  private final Clock clock;

  public JooqAuditLog(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public AuditEvent append(Actor actor, String action, Map<String, ?> payload) {
    var headRecord =
        dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchOptional();
    AuditHead head =
        headRecord.map(r -> new AuditHead(r.getSeq(), r.getHash())).orElse(AuditHead.EMPTY);
    AuditEvent e =
        AuditChain.next(
            head, clock.instant().toString(), actor.name(), action, Json.canonical(payload));
    dsl.insertInto(AUDIT_EVENT)
        .set(AUDIT_EVENT.SEQ, e.seq())
        .set(AUDIT_EVENT.AT, e.at())
        .set(AUDIT_EVENT.ACTOR, e.actor())
        .set(AUDIT_EVENT.ACTION, e.action())
        .set(AUDIT_EVENT.PAYLOAD, e.payload())
        .set(AUDIT_EVENT.PREV_HASH, e.prevHash())
        .set(AUDIT_EVENT.HASH, e.hash())
        .execute();
    if (headRecord.isPresent()) {
      dsl.update(AUDIT_HEAD)
          .set(AUDIT_HEAD.SEQ, e.seq())
          .set(AUDIT_HEAD.HASH, e.hash())
          .where(AUDIT_HEAD.ID.eq(1))
          .execute();
    } else {
      dsl.insertInto(AUDIT_HEAD)
          .set(AUDIT_HEAD.ID, 1)
          .set(AUDIT_HEAD.SEQ, e.seq())
          .set(AUDIT_HEAD.HASH, e.hash())
          .execute();
    }
    return e;
  }

  @Override
  public AuditHead head() {
    return dsl.selectFrom(AUDIT_HEAD)
        .where(AUDIT_HEAD.ID.eq(1))
        .fetchOptional()
        .map(r -> new AuditHead(r.getSeq(), r.getHash()))
        .orElse(AuditHead.EMPTY);
  }

  @Override
  public void forEach(Consumer<AuditEvent> consumer) {
    try (var cursor =
        dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetchSize(1000).fetchLazy()) {
      for (var r : cursor) {
        consumer.accept(
            new AuditEvent(
                r.getSeq(),
                r.getAt(),
                r.getActor(),
                r.getAction(),
                r.getPayload(),
                r.getPrevHash(),
                r.getHash()));
      }
    }
  }
}
