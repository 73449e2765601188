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

  /** One sent package as recorded. */
  public record Sent(int sequence, String createdAt, String sha256, String reason) {}

  /** The packages recorded with a sequence number above {@code sequence}, in order. */
  public java.util.List<Sent> after(int sequence) {
    return dsl.selectFrom(PACKAGE_OUT)
        .where(PACKAGE_OUT.SEQUENCE.gt(sequence))
        .orderBy(PACKAGE_OUT.SEQUENCE)
        .fetch(r -> new Sent(r.getSequence(), r.getCreatedAt(), r.getSha256(), r.getReason()));
  }

  @Override
  public void record(int sequence, String createdAt, String sha256, String reason) {
    dsl.insertInto(PACKAGE_OUT)
        .set(PACKAGE_OUT.SEQUENCE, sequence)
        .set(PACKAGE_OUT.CREATED_AT, createdAt)
        .set(PACKAGE_OUT.SHA256, sha256)
        .set(PACKAGE_OUT.REASON, reason)
        .execute();
  }

  @Override
  public void queue(int sequence, String sha256, byte[] content, java.time.Instant at) {
    new JooqSyncRepository(dsl).enqueue(sequence, sha256, content, at);
  }
}
