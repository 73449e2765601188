package id.rekap.core.trust;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.SigningKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Use cases of the trust list: the certificates whose signatures this workspace accepts, each
 * registered explicitly by an admin or the chair (a tally centre's own certificate, or a CA's such
 * as BSrE's, which then vouches for every certificate it issued). Removal is recorded, not deleted.
 */
public final class TrustList {
  static final long MAX_CERT_BYTES = 64 * 1024;

  private final Transactions tx;
  private final TrustRepository repo;
  private final AuditLog audit;
  private final Clock clock;

  public TrustList(Transactions tx, TrustRepository repo, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.repo = repo;
    this.audit = audit;
    this.clock = clock;
  }

  /** Adds the certificate in a PEM or DER file. */
  public TrustedCertificate add(User by, Path file, String note) {
    Users.require(by, Role.CHAIR);
    X509Certificate cert = read(file);
    String fingerprint = SigningKey.fingerprint(cert);
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > 2000) {
      throw RekapException.badInput("trust.error.note", 2000);
    }
    return tx.inTransaction(
        () -> {
          if (repo.all().stream()
              .anyMatch(t -> t.active() && t.fingerprint().equals(fingerprint))) {
            throw RekapException.badInput("trust.error.exists", fingerprint);
          }
          TrustedCertificate t =
              new TrustedCertificate(
                  repo.nextId(),
                  fingerprint,
                  cert.getSubjectX500Principal().getName(),
                  cert.getIssuerX500Principal().getName(),
                  cert.getBasicConstraints() >= 0,
                  cert.getNotAfter().toInstant().toString(),
                  cert,
                  cleanNote,
                  by.name(),
                  clock.instant().toString(),
                  null,
                  null);
          repo.insert(t);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("sha256", fingerprint);
          payload.put("subject", t.subject());
          payload.put("ca", t.ca());
          payload.put("note", cleanNote);
          audit.append(by.actor(), AuditAction.TRUST_ADD, payload);
          return t;
        });
  }

  /** Removes an active entry by its SHA-256 fingerprint (with or without colons, any case). */
  public TrustedCertificate remove(User by, String fingerprint) {
    Users.require(by, Role.CHAIR);
    String wanted = normalize(fingerprint);
    return tx.inTransaction(
        () -> {
          TrustedCertificate t =
              repo.all().stream()
                  .filter(x -> x.active() && normalize(x.fingerprint()).equals(wanted))
                  .findFirst()
                  .orElseThrow(() -> RekapException.badInput("trust.error.unknown", fingerprint));
          String now = clock.instant().toString();
          repo.markRemoved(t.id(), by.name(), now);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("sha256", t.fingerprint());
          payload.put("subject", t.subject());
          audit.append(by.actor(), AuditAction.TRUST_REMOVE, payload);
          return t;
        });
  }

  /** Every entry, removed ones included (the history). */
  public List<TrustedCertificate> list() {
    return tx.inTransaction(repo::all);
  }

  /** The certificates trusted now. */
  public List<X509Certificate> certificates() {
    List<X509Certificate> out = new ArrayList<>();
    for (TrustedCertificate t : list()) {
      if (t.active()) {
        out.add(t.certificate());
      }
    }
    return out;
  }

  /** One X.509 certificate from a PEM or DER file; anything else is refused. */
  public static X509Certificate read(Path file) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw RekapException.badInput("input.error.missing", file);
      }
      if (Files.size(file) > MAX_CERT_BYTES) {
        throw RekapException.badInput(
            "input.error.tooLarge", file, Files.size(file), MAX_CERT_BYTES);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw RekapException.badInput("input.error.unreadable", file, e.getMessage());
    }
    try {
      var certs =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(bytes));
      if (certs.size() != 1) {
        throw RekapException.badInput("trust.error.count", file, certs.size());
      }
      return (X509Certificate) certs.iterator().next();
    } catch (CertificateException | RuntimeException e) {
      if (e instanceof RekapException re) {
        throw re;
      }
      throw RekapException.badInput("trust.error.certificate", file, e.getMessage());
    }
  }

  private static String normalize(String fingerprint) {
    return fingerprint == null
        ? ""
        : fingerprint.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
  }
}
