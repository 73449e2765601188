package id.rekap.core.support;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.AUDIT_HEAD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.audit.AuditChain;
import id.rekap.core.audit.AuditEvent;
import id.rekap.core.common.Json;
import id.rekap.core.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The attacker of issue 13 who holds the database file and knows the formats: after changing rows
 * by SQL, rewrites every event that bound them with the new row digests and recomputes the whole
 * chain and its head, optionally dropping the signed checkpoints (which cannot be re-signed without
 * the key) so that a local {@code audit verify} sees a consistent chain.
 */
public final class ChainForger {
  private ChainForger() {}

  /**
   * Rewrites the chain so that it binds the rows as stored now.
   *
   * @param dropCheckpoints remove the {@code audit.checkpoint} events instead of leaving them
   */
  public static void rechain(Database db, boolean dropCheckpoints) {
    rewrite(db, dropCheckpoints, false);
  }

  /**
   * Makes the chain look like one written before issue 13: no event binds any row (the events lose
   * their {@code state}, the chain is recomputed).
   */
  public static void unbind(Database db) {
    rewrite(db, false, true);
  }

  private static void rewrite(Database db, boolean dropCheckpoints, boolean unbind) {
    Map<String, Map<String, String>> now = db.boundState().current();
    List<AuditEvent> events = new ArrayList<>();
    db.dsl()
        .selectFrom(AUDIT_EVENT)
        .orderBy(AUDIT_EVENT.SEQ)
        .fetch()
        .forEach(
            r ->
                events.add(
                    new AuditEvent(
                        r.getSeq(),
                        r.getAt(),
                        r.getActor(),
                        r.getAction(),
                        r.getPayload(),
                        r.getPrevHash(),
                        r.getHash())));
    List<AuditEvent> forged = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    long seq = 0;
    for (AuditEvent e : events) {
      if (dropCheckpoints && e.action().equals("audit.checkpoint")) {
        continue;
      }
      seq++;
      String payload = unbind ? strip(e.payload()) : rebind(e.payload(), now);
      String hash = AuditChain.hash(prev, seq, e.at(), e.actor(), e.action(), payload);
      forged.add(new AuditEvent(seq, e.at(), e.actor(), e.action(), payload, prev, hash));
      prev = hash;
    }
    db.dsl().deleteFrom(AUDIT_EVENT).execute();
    for (AuditEvent e : forged) {
      db.dsl()
          .insertInto(AUDIT_EVENT)
          .set(AUDIT_EVENT.SEQ, e.seq())
          .set(AUDIT_EVENT.AT, e.at())
          .set(AUDIT_EVENT.ACTOR, e.actor())
          .set(AUDIT_EVENT.ACTION, e.action())
          .set(AUDIT_EVENT.PAYLOAD, e.payload())
          .set(AUDIT_EVENT.PREV_HASH, e.prevHash())
          .set(AUDIT_EVENT.HASH, e.hash())
          .execute();
    }
    db.dsl()
        .update(AUDIT_HEAD)
        .set(AUDIT_HEAD.SEQ, seq)
        .set(AUDIT_HEAD.HASH, prev)
        .where(AUDIT_HEAD.ID.eq(1))
        .execute();
  }

  private static String strip(String payload) {
    try {
      ObjectNode node = (ObjectNode) Json.mapper().readTree(payload);
      node.remove("state");
      // nor the running state sum of ADR 0028
      node.remove("stateSum");
      return Json.canonical(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload with each bound row's digest replaced by the row's digest now. */
  private static String rebind(String payload, Map<String, Map<String, String>> now) {
    if (!payload.contains("\"state\":{")) {
      return payload;
    }
    try {
      ObjectNode node = (ObjectNode) Json.mapper().readTree(payload);
      JsonNode state = node.path("state");
      state
          .properties()
          .forEach(
              table ->
                  table
                      .getValue()
                      .properties()
                      .forEach(
                          row -> {
                            String digest =
                                now.getOrDefault(table.getKey(), Map.of()).get(row.getKey());
                            if (digest != null && !row.getValue().isNull()) {
                              ((ObjectNode) table.getValue()).put(row.getKey(), digest);
                            }
                          }));
      return Json.canonical(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
