package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.OUTBOX;
import static id.rekap.core.store.generated.Tables.UPSTREAM;

import id.rekap.core.store.generated.tables.records.OutboxRecord;
import id.rekap.core.sync.OutboxEntry;
import id.rekap.core.sync.OutboxStatus;
import id.rekap.core.sync.SyncRepository;
import id.rekap.core.sync.Upstream;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The upstream row and the outbox table. */
public final class JooqSyncRepository implements SyncRepository {
  private final DSLContext dsl;

  public JooqSyncRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Upstream> upstream() {
    return dsl.selectFrom(UPSTREAM)
        .where(UPSTREAM.ID.eq(1))
        .fetchOptional(
            r ->
                new Upstream(
                    URI.create(r.getUrl()),
                    certificate(r.getCertificate()),
                    r.getRegisteredBy(),
                    r.getRegisteredAt()));
  }

  @Override
  public void setUpstream(Upstream u) {
    byte[] der;
    try {
      der = u.certificate().getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    dsl.deleteFrom(UPSTREAM).execute();
    dsl.insertInto(UPSTREAM)
        .set(UPSTREAM.ID, 1)
        .set(UPSTREAM.URL, u.url().toString())
        .set(UPSTREAM.CERTIFICATE, der)
        .set(UPSTREAM.REGISTERED_BY, u.registeredBy())
        .set(UPSTREAM.REGISTERED_AT, u.at())
        .execute();
  }

  @Override
  public void enqueue(int sequence, String sha256, byte[] content, Instant at) {
    dsl.insertInto(OUTBOX)
        .set(OUTBOX.SEQUENCE, sequence)
        .set(OUTBOX.SHA256, sha256)
        .set(OUTBOX.CONTENT, content)
        .set(OUTBOX.STATUS, OutboxStatus.QUEUED.name())
        .set(OUTBOX.ATTEMPTS, 0)
        .set(OUTBOX.UPDATED_AT, at.toString())
        .execute();
  }

  @Override
  public List<OutboxEntry> outbox() {
    return dsl.selectFrom(OUTBOX).orderBy(OUTBOX.SEQUENCE).fetch(JooqSyncRepository::entry);
  }

  @Override
  public Optional<OutboxEntry> entry(int sequence) {
    return dsl.selectFrom(OUTBOX)
        .where(OUTBOX.SEQUENCE.eq(sequence))
        .fetchOptional(JooqSyncRepository::entry);
  }

  @Override
  public void update(
      int sequence,
      OutboxStatus status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant at) {
    dsl.update(OUTBOX)
        .set(OUTBOX.STATUS, status.name())
        .set(OUTBOX.ATTEMPTS, attempts)
        .set(OUTBOX.NEXT_ATTEMPT_AT, nextAttemptAt == null ? null : nextAttemptAt.toString())
        .set(OUTBOX.LAST_ERROR, lastError)
        .set(OUTBOX.UPDATED_AT, at.toString())
        .where(OUTBOX.SEQUENCE.eq(sequence))
        .execute();
  }

  @Override
  public void settle(
      int sequence,
      OutboxStatus status,
      int attempts,
      String lastError,
      byte[] receipt,
      byte[] signature,
      Instant at) {
    dsl.update(OUTBOX)
        .set(OUTBOX.STATUS, status.name())
        .set(OUTBOX.ATTEMPTS, attempts)
        .set(OUTBOX.LAST_ERROR, lastError)
        .set(OUTBOX.RECEIPT, receipt)
        .set(OUTBOX.RECEIPT_SIGNATURE, signature)
        .set(OUTBOX.NEXT_ATTEMPT_AT, (String) null)
        .set(OUTBOX.UPDATED_AT, at.toString())
        .where(OUTBOX.SEQUENCE.eq(sequence))
        .execute();
  }

  private static OutboxEntry entry(OutboxRecord r) {
    return new OutboxEntry(
        r.getSequence(),
        r.getSha256(),
        r.getContent(),
        OutboxStatus.valueOf(r.getStatus()),
        r.getAttempts(),
        r.getNextAttemptAt() == null ? null : Instant.parse(r.getNextAttemptAt()),
        r.getLastError(),
        r.getReceipt(),
        r.getReceiptSignature(),
        Instant.parse(r.getUpdatedAt()));
  }

  private static X509Certificate certificate(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("stored upstream certificate is damaged", e);
    }
  }
}
