package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.PACKAGE_OUT;

import id.rekap.core.exchange.PackageOutRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Sent packages in package_out. */
public final class JooqPackageOutRepository implements PackageOutRepository {
  private final DSLContext dsl;

  public JooqPackageOutRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public int lastSequence() {
    Integer max =
        dsl.select(DSL.max(PACKAGE_OUT.SEQUENCE)).from(PACKAGE_OUT).fetchOne(0, Integer.class);
    return max == null ? 0 : max;
  }

  /** One sent package as recorded; the audit head it carried, if recorded (null before V10). */
  public record Sent(
      int sequence,
      String createdAt,
      String sha256,
      String reason,
      id.rekap.core.audit.AuditHead auditHead) {}

  /** The packages recorded with a sequence number above {@code sequence}, in order. */
  public java.util.List<Sent> after(int sequence) {
    return dsl.selectFrom(PACKAGE_OUT)
        .where(PACKAGE_OUT.SEQUENCE.gt(sequence))
        .orderBy(PACKAGE_OUT.SEQUENCE)
        .fetch(
            r ->
                new Sent(
                    r.getSequence(),
                    r.getCreatedAt(),
                    r.getSha256(),
                    r.getReason(),
                    r.getAuditHeadSeq() == null
                        ? null
                        : new id.rekap.core.audit.AuditHead(
                            r.getAuditHeadSeq(), r.getAuditHeadHash())));
  }

  @Override
  public void record(
      int sequence,
      String createdAt,
      String sha256,
      String reason,
      id.rekap.core.audit.AuditHead auditHead) {
    dsl.insertInto(PACKAGE_OUT)
        .set(PACKAGE_OUT.SEQUENCE, sequence)
        .set(PACKAGE_OUT.CREATED_AT, createdAt)
        .set(PACKAGE_OUT.SHA256, sha256)
        .set(PACKAGE_OUT.REASON, reason)
        .set(PACKAGE_OUT.AUDIT_HEAD_SEQ, auditHead == null ? null : auditHead.seq())
        .set(PACKAGE_OUT.AUDIT_HEAD_HASH, auditHead == null ? null : auditHead.hash())
        .execute();
  }

  @Override
  public java.util.Optional<id.rekap.core.audit.AuditHead> lastAcknowledgedHead() {
    var o = id.rekap.core.store.generated.Tables.OUTBOX;
    return dsl.select(PACKAGE_OUT.AUDIT_HEAD_SEQ, PACKAGE_OUT.AUDIT_HEAD_HASH)
        .from(PACKAGE_OUT)
        .join(o)
        .on(o.SEQUENCE.eq(PACKAGE_OUT.SEQUENCE))
        .where(o.STATUS.eq(id.rekap.core.sync.OutboxStatus.DELIVERED.name()))
        .and(PACKAGE_OUT.AUDIT_HEAD_SEQ.isNotNull())
        .orderBy(PACKAGE_OUT.SEQUENCE.desc())
        .limit(1)
        .fetchOptional()
        .map(r -> new id.rekap.core.audit.AuditHead(r.value1(), r.value2()));
  }

  @Override
  public void queue(int sequence, String sha256, byte[] content, java.time.Instant at) {
    new JooqSyncRepository(dsl).enqueue(sequence, sha256, content, at);
  }
}
