package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.TRUSTED_CERT;

import id.rekap.core.store.generated.tables.records.TrustedCertRecord;
import id.rekap.core.trust.TrustRepository;
import id.rekap.core.trust.TrustedCertificate;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The trust list in trusted_cert, certificates kept as DER. */
public final class JooqTrustRepository implements TrustRepository {
  private final DSLContext dsl;

  public JooqTrustRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long nextId() {
    Long max = dsl.select(DSL.max(TRUSTED_CERT.ID)).from(TRUSTED_CERT).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void insert(TrustedCertificate t) {
    byte[] der;
    try {
      der = t.certificate().getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    dsl.insertInto(TRUSTED_CERT)
        .set(TRUSTED_CERT.ID, t.id())
        .set(TRUSTED_CERT.FINGERPRINT, t.fingerprint())
        .set(TRUSTED_CERT.SUBJECT, t.subject())
        .set(TRUSTED_CERT.ISSUER, t.issuer())
        .set(TRUSTED_CERT.IS_CA, t.ca())
        .set(TRUSTED_CERT.NOT_AFTER, t.notAfter())
        .set(TRUSTED_CERT.DER, der)
        .set(TRUSTED_CERT.NOTE, t.note())
        .set(TRUSTED_CERT.ADDED_BY, t.addedBy())
        .set(TRUSTED_CERT.ADDED_AT, t.addedAt())
        .execute();
  }

  @Override
  public List<TrustedCertificate> all() {
    return dsl.selectFrom(TRUSTED_CERT)
        .orderBy(TRUSTED_CERT.ID)
        .fetch(JooqTrustRepository::toEntry);
  }

  @Override
  public void markRemoved(long id, String by, String at) {
    dsl.update(TRUSTED_CERT)
        .set(TRUSTED_CERT.REMOVED_BY, by)
        .set(TRUSTED_CERT.REMOVED_AT, at)
        .where(TRUSTED_CERT.ID.eq(id))
        .execute();
  }

  private static TrustedCertificate toEntry(TrustedCertRecord r) {
    X509Certificate cert;
    try {
      cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(r.getDer()));
    } catch (CertificateException e) {
      throw new IllegalStateException("a stored certificate cannot be read", e);
    }
    return new TrustedCertificate(
        r.getId(),
        r.getFingerprint(),
        r.getSubject(),
        r.getIssuer(),
        r.getIsCa(),
        r.getNotAfter(),
        cert,
        r.getNote(),
        r.getAddedBy(),
        r.getAddedAt(),
        r.getRemovedBy(),
        r.getRemovedAt());
  }
}
