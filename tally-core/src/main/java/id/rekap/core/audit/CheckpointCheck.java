package id.rekap.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.MessageRef;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.SigningKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Checks the signed checkpoints of a chain as its events are fed in order: each must sign exactly
 * the head before it, with a valid signature by the workspace key in force at that point (the last
 * {@code keys.init} or {@code keys.import} event before it).
 */
public final class CheckpointCheck {
  /**
   * One checkpoint: where it is, the head it signed, who signed, and what is wrong (if anything, a
   * message naming the checkpoint's event number).
   */
  public record Checked(long seq, long signedSeq, String signer, Optional<MessageRef> problem) {
    public boolean ok() {
      return problem.isEmpty();
    }
  }

  private final List<Checked> checked = new ArrayList<>();
  private String keyInForce;

  /** A check of a whole chain: the key in force comes from its keys events. */
  public CheckpointCheck() {
    this(null);
  }

  /**
   * A check of a part of a chain whose key is known (a package's events: its signer's).
   *
   * @param key the certificate fingerprint in force before the first event, or null
   */
  public CheckpointCheck(String key) {
    this.keyInForce = key;
  }

  /** Takes in the next event of the chain. */
  public void accept(AuditEvent e) {
    if (AuditAction.KEYS_INIT.recorded(e) || AuditAction.KEYS_IMPORT.recorded(e)) {
      node(e).map(n -> n.path("sha256").asText(null)).ifPresent(f -> keyInForce = f);
      return;
    }
    if (!AuditAction.AUDIT_CHECKPOINT.recorded(e)) {
      return;
    }
    JsonNode p = node(e).orElse(null);
    if (p == null) {
      checked.add(
          new Checked(
              e.seq(),
              -1,
              "",
              Optional.of(new MessageRef("audit.checkpoint.unreadable", e.seq()))));
      return;
    }
    long seq = p.path("seq").asLong(-1);
    String hash = p.path("hash").asText("");
    String problem = null;
    String signer = "";
    if (seq != e.seq() - 1 || !hash.equals(e.prevHash())) {
      problem = "audit.checkpoint.head";
    } else {
      byte[] signature;
      try {
        signature = Base64.getDecoder().decode(p.path("signature").asText(""));
      } catch (IllegalArgumentException ex) {
        signature = new byte[0];
      }
      var v = CmsSignature.verify(Checkpoints.content(seq, hash), signature);
      signer = v.signer().map(SigningKey::fingerprint).orElse("");
      if (!v.intact() || v.signer().isEmpty()) {
        problem = "audit.checkpoint.signature";
      } else if (keyInForce == null || !keyInForce.equals(signer)) {
        problem = "audit.checkpoint.signer";
      }
    }
    checked.add(
        new Checked(
            e.seq(),
            seq,
            signer,
            Optional.ofNullable(problem).map(key -> new MessageRef(key, e.seq()))));
  }

  public List<Checked> checked() {
    return List.copyOf(checked);
  }

  private static Optional<JsonNode> node(AuditEvent e) {
    try {
      return Optional.of(Json.mapper().readTree(e.payload()));
    } catch (IOException ex) {
      return Optional.empty();
    }
  }
}
