package id.rekap.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The receiver's signed answer to one delivery ({@code rekap-receipt/1}): which package (its
 * SHA-256 and sequence), from whom, what became of it and when. The sender keeps it as proof.
 */
public record Receipt(
    String packageSha256,
    int sequence,
    String sender,
    PackageInbox.Result result,
    String reason,
    String receiver,
    Instant receivedAt) {
  public static final String FORMAT = "rekap-receipt/1";

  /** Canonical JSON bytes, the content that is signed. */
  public byte[] toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("packageSha256", packageSha256);
    m.put("sequence", sequence);
    m.put("sender", sender);
    m.put("result", result.id());
    m.put("reason", reason);
    m.put("receiver", receiver);
    m.put("receivedAt", receivedAt.toString());
    return Json.canonicalOrdered(m).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a receipt; empty when it is not one. */
  public static Optional<Receipt> parse(byte[] json) {
    try {
      JsonNode n = Json.mapper().readTree(json);
      if (n == null || !FORMAT.equals(n.path("format").asText())) {
        return Optional.empty();
      }
      return Optional.of(
          new Receipt(
              n.path("packageSha256").asText(),
              n.path("sequence").asInt(),
              n.path("sender").asText(),
              PackageInbox.Result.valueOf(
                  n.path("result").asText().toUpperCase(java.util.Locale.ROOT)),
              n.path("reason").asText(),
              n.path("receiver").asText(),
              Instant.parse(n.path("receivedAt").asText())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
