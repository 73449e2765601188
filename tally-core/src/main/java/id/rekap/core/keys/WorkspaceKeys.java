package id.rekap.core.keys;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
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
 * centre: level, region, election and the election's mode (official or test).
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

  /** The tally centre this workspace's certificate states, its election mode included. */
  private TallyCentre centre() {
    return new TallyCentre(
        info.name(),
        info.level().id(),
        info.region().value(),
        info.electionId(),
        info.electionMode());
  }

  /** The chair creates the key: it speaks for the tally centre. */
  public X509Certificate init(User chair, char[] passphrase) {
    Users.require(chair, Role.CHAIR);
    Actor actor = chair.actor();
    if (Files.exists(file)) {
      throw RekapException.badInput("keys.error.exists", file);
    }
    if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
      throw RekapException.badInput("keys.error.passphrase", MIN_PASSPHRASE);
    }
    SigningKey key = SigningKey.create(file, passphrase, centre(), clock);
    X509Certificate cert = key.certificate();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("subject", cert.getSubjectX500Principal().getName());
    payload.put("sha256", SigningKey.fingerprint(cert));
    payload.put("notAfter", cert.getNotAfter().toInstant().toString());
    tx.run(() -> audit.append(actor, AuditAction.KEYS_INIT, payload));
    return cert;
  }

  /**
   * What {@link #importKey} stored: the certificate, and whether its subject states this tally
   * centre. When it does not (a CA-issued personal certificate, e.g. BSrE's), the workspace's own
   * identity is recorded in the audit event, and receivers must put this certificate itself on
   * their trust list (their CA entry alone does not say which kecamatan the holder speaks for).
   */
  public record Imported(X509Certificate certificate, boolean centreStated, TallyCentre centre) {}

  /**
   * Imports a PKCS#12 with a CA-issued certificate and its chain, re-encrypted under the workspace
   * passphrase: the key must be RSA and belong to the certificate, the chain must be complete up to
   * a self-signed root and valid now, and a certificate that states a tally centre must state this
   * one (level, region, election). The chair imports it.
   */
  public Imported importKey(User chair, Path source, char[] sourcePassphrase, char[] passphrase) {
    Users.require(chair, Role.CHAIR);
    Actor actor = chair.actor();
    if (Files.exists(file)) {
      throw RekapException.badInput("keys.error.exists", file);
    }
    if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
      throw RekapException.badInput("keys.error.passphrase", MIN_PASSPHRASE);
    }
    if (!Files.isRegularFile(source)) {
      throw RekapException.badInput("input.error.missing", source);
    }
    SigningKey key;
    try {
      key = SigningKey.load(source, sourcePassphrase);
    } catch (IllegalArgumentException e) {
      throw RekapException.badInput("keys.error.importOpen", source);
    }
    if (!key.isRsa()) {
      throw RekapException.badInput("keys.error.algorithm", source);
    }
    if (!key.keyMatchesCertificate()) {
      throw RekapException.badInput("keys.error.mismatch", source);
    }
    var chainProblem = key.chainProblem();
    if (chainProblem.isPresent()) {
      throw RekapException.badInput("keys.error.chain", source, chainProblem.get());
    }
    X509Certificate cert = key.certificate();
    for (X509Certificate c : key.chain()) {
      try {
        c.checkValidity(java.util.Date.from(clock.instant()));
      } catch (java.security.cert.CertificateException e) {
        throw RekapException.badInput(
            "keys.error.validity", source, c.getSubjectX500Principal().getName());
      }
    }
    TallyCentre expected = centre();
    var stated = TallyCentre.stated(cert);
    if (stated.isPresent()
        && !(stated.get().level().equals(expected.level())
            && stated.get().regionCode().equals(expected.regionCode())
            && stated.get().electionId().equals(expected.electionId())
            && (stated.get().mode().isEmpty() || stated.get().mode().equals(expected.mode())))) {
      TallyCentre s = stated.get();
      throw RekapException.badInput(
          "keys.error.centre",
          source,
          (s.level() + " " + s.regionCode() + " " + s.electionId() + " " + s.mode()).strip(),
          expected.level()
              + " "
              + expected.regionCode()
              + " "
              + expected.electionId()
              + " "
              + expected.mode());
    }
    key.saveAs(file, passphrase);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("subject", cert.getSubjectX500Principal().getName());
    payload.put("issuer", cert.getIssuerX500Principal().getName());
    payload.put("sha256", SigningKey.fingerprint(cert));
    payload.put("chain", key.chain().length);
    payload.put("notAfter", cert.getNotAfter().toInstant().toString());
    payload.put("centreStated", stated.isPresent());
    payload.put(
        "centre",
        Map.of(
            "level", expected.level(),
            "region", expected.regionCode(),
            "election", expected.electionId()));
    tx.run(() -> audit.append(actor, AuditAction.KEYS_IMPORT, payload));
    return new Imported(cert, stated.isPresent(), stated.orElse(expected));
  }

  /**
   * Writes the certificate (public, no key) as PEM, for the level above to put on its trust list or
   * register as its sync pin; refused when there is no key yet. Not a change of the workspace, so
   * no audit event.
   */
  public X509Certificate exportCertificate(char[] passphrase, Path out) {
    X509Certificate cert =
        certificate(passphrase).orElseThrow(() -> RekapException.badInput("keys.error.none"));
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, id.rekap.signing.Pem.certificate(cert));
    } catch (java.io.IOException e) {
      throw RekapException.badInput("keys.error.write", out, e.getMessage());
    }
    return cert;
  }

  /** The certificate, read with the passphrase; empty when no key was created yet. */
  public Optional<X509Certificate> certificate(char[] passphrase) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(open(passphrase).certificate());
  }

  /**
   * The key, for one signing job; a missing key or a wrong passphrase is bad input, never a hint of
   * the passphrase.
   */
  public SigningKey open(char[] passphrase) {
    if (!Files.exists(file)) {
      throw RekapException.badInput("keys.error.none");
    }
    try {
      return SigningKey.load(file, passphrase);
    } catch (IllegalArgumentException e) {
      throw RekapException.badInput("keys.error.open", file);
    }
  }
}
