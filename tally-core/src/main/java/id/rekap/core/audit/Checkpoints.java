package id.rekap.core.audit;

import id.rekap.core.common.Actor;
import id.rekap.core.common.Transactions;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signed checkpoints of the audit chain (issue 13 §2a): whenever the workspace key signs a form or
 * a package, the chain's head is signed with it into the chain. Rewriting any event before a
 * checkpoint changes the head it signed, and re-signing needs the key and its passphrase; {@link
 * VerifyAudit} checks every checkpoint's signature and that it came from the workspace key the
 * chain recorded ({@code keys.init}, {@code keys.import}).
 */
public final class Checkpoints {
  private final Transactions tx;
  private final AuditLog log;
  private final Clock clock;

  public Checkpoints(Transactions tx, AuditLog log, Clock clock) {
    this.tx = tx;
    this.log = log;
    this.clock = clock;
  }

  /** The signed bytes: the head's sequence number and hash after a version tag. */
  public static byte[] content(long seq, String hash) {
    return ("rekap-checkpoint/1\n" + seq + "\n" + hash + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * A signature made while the PC's clock stands outside the key certificate's validity (a clock
   * set back before the key was made) never verifies: appended to the chain, it would fail every
   * later integrity check and every backup's (issue 18, bug 1). Refused before anything is written.
   */
  private void refuseOutsideValidity(SigningKey key) {
    var cert = key.certificate();
    java.time.Instant now = clock.instant();
    if (now.isBefore(cert.getNotBefore().toInstant())
        || now.isAfter(cert.getNotAfter().toInstant())) {
      throw id.rekap.core.common.RekapException.state(
          "audit.checkpoint.error.clock",
          now.toString(),
          cert.getNotBefore().toInstant().toString(),
          cert.getNotAfter().toInstant().toString());
    }
  }

  /**
   * Signs the current head and appends the checkpoint (in the caller's transaction if there is one,
   * so a package export commits its checkpoint with it).
   *
   * @param purpose what the key is signing (e.g. {@code report}, {@code package})
   * @param subject which form or package
   */
  public AuditEvent sign(Actor actor, SigningKey key, String purpose, String subject) {
    return tx.inTransaction(
        () -> {
          AuditHead head = log.lockHead();
          refuseOutsideValidity(key);
          byte[] signature = CmsSignature.sign(content(head.seq(), head.hash()), key, clock);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("seq", head.seq());
          payload.put("hash", head.hash());
          payload.put("purpose", purpose);
          payload.put("subject", subject);
          payload.put("signer", SigningKey.fingerprint(key.certificate()));
          payload.put("signature", Base64.getEncoder().encodeToString(signature));
          return log.append(actor, AuditAction.AUDIT_CHECKPOINT, payload);
        });
  }
}
