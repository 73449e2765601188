package id.rekap.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.MessageRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit events a package carries (issue 13 §2b): the sender's chain from a head the receiver
 * may hold ({@code from}) up to the head in the manifest. The receiver recomputes the links and
 * hashes and checks that the new head extends the one it holds from that sender, so a history
 * rewritten and re-chained since is refused.
 */
public final class AuditExtract {
  /** The package entry name. */
  public static final String ENTRY = "audit.json";

  public static final String FORMAT = "rekap-audit/1";

  private AuditExtract() {}

  /** The entry's document: {@code format}, {@code from} {seq, hash}, {@code events}. */
  public static Map<String, Object> document(AuditHead from, List<AuditEvent> events) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("seq", from.seq());
    f.put("hash", from.hash());
    doc.put("from", f);
    List<Map<String, Object>> list = new ArrayList<>(events.size());
    for (AuditEvent e : events) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seq", e.seq());
      m.put("at", e.at());
      m.put("actor", e.actor());
      m.put("action", e.action());
      m.put("payload", e.payload());
      m.put("prevHash", e.prevHash());
      m.put("hash", e.hash());
      list.add(m);
    }
    doc.put("events", list);
    return doc;
  }

  /**
   * Checks the carried events against the manifest's head and the head the receiver holds; returns
   * the refusal's message (its arguments after the package file's name), or nothing.
   *
   * @param head the manifest's {@code auditHead}
   * @param held the head of the sender's package in force here, if any
   * @param signer the package signer's certificate fingerprint (checkpoints must be its)
   */
  public static Optional<MessageRef> check(
      JsonNode doc, AuditHead head, Optional<AuditHead> held, String signer) {
    if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
      return refusal("package.error.auditMissing");
    }
    AuditHead from =
        new AuditHead(
            doc.path("from").path("seq").asLong(-1), doc.path("from").path("hash").asText(""));
    AuditChain.Verifier chain = new AuditChain.Verifier(from);
    CheckpointCheck checkpoints = new CheckpointCheck(signer);
    Map<Long, String> hashes = new java.util.HashMap<>();
    for (JsonNode n : doc.path("events")) {
      AuditEvent e =
          new AuditEvent(
              n.path("seq").asLong(-1),
              n.path("at").asText(""),
              n.path("actor").asText(""),
              n.path("action").asText(""),
              n.path("payload").asText(""),
              n.path("prevHash").asText(""),
              n.path("hash").asText(""));
      if (!chain.accept(e)) {
        return refusal("package.error.auditChain", e.seq());
      }
      checkpoints.accept(e);
      hashes.put(e.seq(), e.hash());
    }
    if (!chain.head().equals(head)) {
      return refusal("package.error.auditHead", head.seq(), chain.head().seq());
    }
    for (CheckpointCheck.Checked c : checkpoints.checked()) {
      if (!c.ok()) {
        return refusal("package.error.auditCheckpoint", c.seq());
      }
    }
    if (held.isPresent()) {
      AuditHead h = held.get();
      if (h.seq() < from.seq()) {
        return refusal("package.error.auditGap", h.seq(), from.seq());
      }
      if (h.seq() > head.seq()) {
        return refusal("package.error.auditBehind", head.seq(), h.seq());
      }
      String there = h.seq() == from.seq() ? from.hash() : hashes.get(h.seq());
      if (!h.hash().equals(there)) {
        return refusal("package.error.auditRewritten", h.seq());
      }
    }
    return Optional.empty();
  }

  private static Optional<MessageRef> refusal(String key, Object... args) {
    return Optional.of(new MessageRef(key, args));
  }
}
