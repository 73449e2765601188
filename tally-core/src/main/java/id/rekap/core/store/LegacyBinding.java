package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the rows of a workspace made by a version of Rekap before issue 13 to its audit chain,
 * once: {@code audit.bind} events carrying the digest of every row stored at the upgrade. From then
 * on {@code audit verify} names any row changed outside Rekap; what happened to a row before the
 * upgrade is only as good as the old chain's events say. A chain that already binds rows (its first
 * event does, since every new workspace's {@code workspace.init} writes one) or holds an {@code
 * audit.bind} is left alone.
 */
final class LegacyBinding {
  /** Rows per event, so no single payload grows without bound. */
  static final int ROWS_PER_EVENT = 2000;

  private LegacyBinding() {}

  /** Whether the store is one of those older workspaces whose rows are not yet bound. */
  static boolean needed(Database db) {
    var dsl = db.dsl();
    String first =
        dsl.select(AUDIT_EVENT.PAYLOAD)
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.SEQ.eq(1L))
            .fetchOptional(AUDIT_EVENT.PAYLOAD)
            .orElse(null);
    if (first == null || first.contains("\"state\":{")) {
      return false;
    }
    return !dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(AuditAction.AUDIT_BIND.stored()));
  }

  static void bindIfNeeded(Database db) {
    if (!needed(db)) {
      return;
    }
    var dsl = db.dsl();
    List<StateJournal.Entry> rows = new ArrayList<>();
    dsl.connection(
        c ->
            JdbcBoundState.read(c)
                .forEach(
                    (table, byKey) ->
                        byKey.forEach(
                            (key, digest) ->
                                rows.add(new StateJournal.Entry(table, key, digest, null)))));
    rows.sort(
        java.util.Comparator.comparing(StateJournal.Entry::table)
            .thenComparing(StateJournal.Entry::key));
    db.transactions()
        .run(
            () -> {
              var log = db.auditLog(java.time.Clock.systemUTC());
              int chunks = Math.max(1, (rows.size() + ROWS_PER_EVENT - 1) / ROWS_PER_EVENT);
              for (int i = 0; i < chunks; i++) {
                List<StateJournal.Entry> part =
                    rows.subList(
                        i * ROWS_PER_EVENT, Math.min(rows.size(), (i + 1) * ROWS_PER_EVENT));
                part.forEach(e -> StateJournal.record(e.table(), e.key(), e.digest(), null));
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("reason", "upgrade");
                payload.put("part", i + 1);
                payload.put("parts", chunks);
                payload.put("rows", part.size());
                log.append(new Actor("rekap"), AuditAction.AUDIT_BIND, payload);
              }
            });
  }
}
