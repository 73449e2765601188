package id.rekap.core.backup;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.common.Json;
import id.rekap.core.common.JsonInput;
import id.rekap.core.setup.WorkspaceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a backup holds, written beside the database copy inside the backup file ({@code
 * manifest.json}, format {@code rekap-backup/1}): when and why it was made, by which Rekap, of
 * which workspace, the audit head it ends at, the SHA-256 and size of the database file, the schema
 * version and the rows per table. The check compares every one of these with the copy itself.
 *
 * @param createdAt when the copy was taken
 * @param reason why: {@code import}, {@code adoption}, {@code correction}, {@code interval}, {@code
 *     manual}
 * @param software the Rekap that made it
 * @param workspace the workspace's identity: level, region, name, election, mode
 * @param head the audit head of the copy
 * @param sha256 SHA-256 of the database file in the backup
 * @param size bytes of the database file
 * @param schema the newest migration applied to the copy
 * @param rows rows per table
 */
public record BackupManifest(
    Instant createdAt,
    String reason,
    String software,
    Identity workspace,
    AuditHead head,
    String sha256,
    long size,
    String schema,
    SortedMap<String, Long> rows) {
  public static final String FORMAT = "rekap-backup/1";

  /** The name of the manifest entry in a backup file. */
  public static final String ENTRY = "manifest.json";

  /** The name of the database entry in a backup file (as H2's own backup names it). */
  public static final String DATABASE = "rekap.mv.db";

  /**
   * The entry holding the database's password file (ADR 0013), beside the database: a backup on a
   * stick must open when the PC that made it is gone. Backups made before ADR 0013 have none.
   */
  public static final String KEY = "database.key";

  /** The most a password file may hold (64 hex digits and a line end). */
  static final int KEY_MAX_BYTES = 128;

  /** A manifest larger than this is not one Rekap wrote. */
  static final int MAX_BYTES = 64 * 1024;

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

  /** Which workspace a backup is of. */
  public record Identity(String level, String region, String name, String election, String mode) {
    public static Identity of(WorkspaceInfo info) {
      return new Identity(
          info.level().id(),
          info.region().value(),
          info.name(),
          info.electionId(),
          info.electionMode());
    }

    /** The same tally centre and election (the name may have been written differently). */
    public boolean sameCentre(Identity other) {
      return level.equals(other.level)
          && region.equals(other.region)
          && election.equals(other.election)
          && mode.equals(other.mode);
    }
  }

  public BackupManifest {
    rows = new TreeMap<>(rows);
  }

  /** The manifest as the canonical JSON stored in the backup. */
  public byte[] toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("createdAt", createdAt.toString());
    m.put("reason", reason);
    m.put("software", software);
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("level", workspace.level());
    w.put("region", workspace.region());
    w.put("name", workspace.name());
    w.put("election", workspace.election());
    w.put("mode", workspace.mode());
    m.put("workspace", w);
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("seq", head.seq());
    h.put("hash", head.hash());
    m.put("auditHead", h);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("file", DATABASE);
    d.put("size", size);
    d.put("sha256", sha256);
    d.put("schema", schema);
    m.put("database", d);
    m.put("rows", rows);
    return Json.canonicalOrdered(m).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a manifest strictly; empty when the bytes are not a manifest this Rekap understands. */
  public static Optional<BackupManifest> parse(byte[] json) {
    if (json.length > MAX_BYTES) {
      return Optional.empty();
    }
    try (var parser = JsonInput.parser(json)) {
      JsonNode root = Json.mapper().readTree(parser);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        return Optional.empty();
      }
      JsonNode w = root.path("workspace");
      JsonNode h = root.path("auditHead");
      JsonNode d = root.path("database");
      String sha = text(d, "sha256");
      String hash = text(h, "hash");
      if (!SHA.matcher(sha).matches()
          || !SHA.matcher(hash).matches()
          || !DATABASE.equals(text(d, "file"))
          || !h.path("seq").canConvertToLong()
          || !d.path("size").canConvertToLong()) {
        return Optional.empty();
      }
      return Optional.of(
          new BackupManifest(
              Instant.parse(text(root, "createdAt")),
              text(root, "reason"),
              text(root, "software"),
              new Identity(
                  text(w, "level"),
                  text(w, "region"),
                  text(w, "name"),
                  text(w, "election"),
                  text(w, "mode")),
              new AuditHead(h.path("seq").asLong(), hash),
              sha,
              d.path("size").asLong(),
              text(d, "schema"),
              rows(root.path("rows"))));
    } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (!v.isTextual()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return v.asText();
  }

  private static SortedMap<String, Long> rows(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("missing rows");
    }
    SortedMap<String, Long> rows = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().canConvertToLong()) {
        throw new IllegalArgumentException("bad row count");
      }
      rows.put(e.getKey(), e.getValue().asLong());
    }
    return rows;
  }
}
