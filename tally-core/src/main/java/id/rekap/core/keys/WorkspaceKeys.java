package id.rekap.core.keys;

import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of the workspace's signing key: create it (a PKCS#12 file in {@code keys/} of the
 * workspace, protected by a passphrase), and show its certificate. The certificate states the tally
 * centre: level, region and election.
 */
public final class WorkspaceKeys {
  static final int MIN_PASSPHRASE = 10;

  private final Transactions tx;
  private final AuditLog audit;
  private final WorkspaceInfo info;
  private final Path file;
  private final Clock clock;

  public WorkspaceKeys(
      Transactions tx, AuditLog audit, WorkspaceInfo info, Path workspace, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.info = info;
    this.file = workspace.resolve("keys").resolve("signing.p12");
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  public X509Certificate init(Actor actor, char[] passphrase) {
    if (Files.exists(file)) {
      throw RekapException.badInput("keys.error.exists", file);
    }
    if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
      throw RekapException.badInput("keys.error.passphrase", MIN_PASSPHRASE);
    }
    TallyCentre centre =
        new TallyCentre(info.name(), info.level().id(), info.region().value(), info.electionId());
    SigningKey key = SigningKey.create(file, passphrase, centre, clock);
    X509Certificate cert = key.certificate();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("subject", cert.getSubjectX500Principal().getName());
    payload.put("sha256", SigningKey.fingerprint(cert));
    payload.put("notAfter", cert.getNotAfter().toInstant().toString());
    tx.run(() -> audit.append(actor, "keys.init", payload));
    return cert;
  }

  /** The certificate, read with the passphrase; empty when no key was created yet. */
  public Optional<X509Certificate> certificate(char[] passphrase) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SigningKey.load(file, passphrase).certificate());
    } catch (IllegalArgumentException e) {
      throw RekapException.badInput("keys.error.open", file);
    }
  }
}
