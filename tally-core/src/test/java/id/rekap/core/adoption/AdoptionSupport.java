package id.rekap.core.adoption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.common.Json;
import id.rekap.core.store.generated.Tables;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading the audit chain in adoption tests. */
public final class AdoptionSupport {
  private AdoptionSupport() {}

  /** How many events the chain holds. */
  public static int events(Workspace ws) {
    return WorkspaceInternals.database(ws).dsl().fetchCount(Tables.AUDIT_EVENT);
  }

  /** The newest event's action. */
  public static String lastAction(Workspace ws) {
    return WorkspaceInternals.database(ws)
        .dsl()
        .select(Tables.AUDIT_EVENT.ACTION)
        .from(Tables.AUDIT_EVENT)
        .orderBy(Tables.AUDIT_EVENT.SEQ.desc())
        .limit(1)
        .fetchOne(Tables.AUDIT_EVENT.ACTION);
  }

  /**
   * The payload of the newest event with that action, without the row digests the store adds
   * ({@code state}): what the use case itself said.
   */
  public static JsonNode lastPayload(Workspace ws, String action) {
    String payload =
        WorkspaceInternals.database(ws)
            .dsl()
            .select(Tables.AUDIT_EVENT.PAYLOAD)
            .from(Tables.AUDIT_EVENT)
            .where(Tables.AUDIT_EVENT.ACTION.eq(action))
            .orderBy(Tables.AUDIT_EVENT.SEQ.desc())
            .limit(1)
            .fetchOne(Tables.AUDIT_EVENT.PAYLOAD);
    try {
      ObjectNode node = (ObjectNode) Json.mapper().readTree(payload);
      node.remove("state");
      node.remove("stateSum"); // the running state sum every event carries (ADR 0028)
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value as the JSON tree it would be in a payload. */
  public static JsonNode tree(Object value) {
    try {
      return Json.mapper().readTree(Json.canonical(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
