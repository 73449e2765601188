package id.rekap.forms.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a signed form states about itself in its keywords, the same text as its QR code: the
 * document id, the digest of its data, the adoption it prints (digest and time, or "-" for a DRAFT)
 * and the audit head of the workspace when it was made (issue 13).
 */
public record FormClaims(
    String documentId,
    String digest,
    Optional<String> adoptionDigest,
    Optional<String> adoptedAt,
    Optional<String> auditHead) {

  /** Parses {@code rekap:<id>;sha256=<d>;adopted=<digest>@<time>|-;audit=<seq>:<hash>}. */
  public static Optional<FormClaims> parse(String text) {
    if (text == null || !text.startsWith("rekap:")) {
      return Optional.empty();
    }
    String[] parts = text.substring("rekap:".length()).split(";");
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0) {
        fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
      }
    }
    String adopted = fields.getOrDefault("adopted", "-");
    int at = adopted.indexOf('@');
    Optional<String> digest = at > 0 ? Optional.of(adopted.substring(0, at)) : Optional.empty();
    Optional<String> time = at > 0 ? Optional.of(adopted.substring(at + 1)) : Optional.empty();
    return Optional.of(
        new FormClaims(
            parts[0],
            fields.getOrDefault("sha256", ""),
            digest,
            time,
            Optional.ofNullable(fields.get("audit"))));
  }
}
