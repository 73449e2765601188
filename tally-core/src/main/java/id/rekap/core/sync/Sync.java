package id.rekap.core.sync;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.SigningKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of the upward sync on the sending side: register the upstream (its URL and the
 * certificate to pin, checked by the chair against the one the kab/kota gave them), and see the
 * outbox. The sending itself is {@link SyncSender}.
 */
public final class Sync {
  private final Transactions tx;
  private final SyncRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  public Sync(Transactions tx, SyncRepository repository, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  /** Registers (or replaces) the upstream; only https URLs with a host are accepted. */
  public Upstream registerUpstream(User chair, String url, X509Certificate certificate) {
    Users.require(chair, Role.CHAIR);
    URI uri = parse(url);
    try {
      certificate.checkValidity(java.util.Date.from(clock.instant()));
    } catch (java.security.cert.CertificateException e) {
      throw RekapException.badInput("sync.error.pinExpired", certificate.getNotAfter().toInstant());
    }
    Upstream upstream = new Upstream(uri, certificate, chair.name(), clock.instant().toString());
    tx.run(
        () -> {
          repository.setUpstream(upstream);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("url", uri.toString());
          payload.put("certificate", SigningKey.fingerprint(certificate));
          payload.put("subject", certificate.getSubjectX500Principal().getName());
          audit.append(chair.actor(), AuditAction.SYNC_UPSTREAM, payload);
        });
    return upstream;
  }

  public Optional<Upstream> upstream() {
    return tx.inTransaction(repository::upstream);
  }

  public List<OutboxEntry> outbox() {
    return tx.inTransaction(repository::outbox);
  }

  /**
   * The sender, run by a logged-in operator, verifier or chair, who is named in the audit events of
   * what it delivers.
   */
  public SyncSender sender(User by, Transport transport) {
    Users.require(by, Role.OPERATOR);
    return new SyncSender(tx, repository, audit, clock, transport, by.actor());
  }

  private static URI parse(String url) {
    try {
      URI uri = new URI(url == null ? "" : url.strip());
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw RekapException.badInput("sync.error.url", url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw RekapException.badInput("sync.error.url", url);
    }
  }
}
