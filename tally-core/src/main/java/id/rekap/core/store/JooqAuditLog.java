package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.AUDIT_EVENT;
import static id.rekap.core.store.generated.Tables.AUDIT_HEAD;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditChain;
import id.rekap.core.audit.AuditEvent;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.audit.StateReplay;
import id.rekap.core.audit.StateSum;
import id.rekap.core.common.Actor;
import id.rekap.core.common.Json;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The audit log in audit_event, with its head in audit_head. Reading the head with FOR UPDATE
 * serialises writers, so two transactions can never append with the same sequence number; a batch
 * of events reads and moves the head once.
 */
public final class JooqAuditLog implements AuditLog {
  private static final String INSERT =
      JdbcSql.insert(
          AUDIT_EVENT,
          AUDIT_EVENT.SEQ,
          AUDIT_EVENT.AT,
          AUDIT_EVENT.ACTOR,
          AUDIT_EVENT.ACTION,
          AUDIT_EVENT.PAYLOAD,
          AUDIT_EVENT.PREV_HASH,
          AUDIT_EVENT.HASH);

  private static final String SELECT_ALL =
      JdbcSql.select(
              AUDIT_EVENT,
              AUDIT_EVENT.SEQ,
              AUDIT_EVENT.AT,
              AUDIT_EVENT.ACTOR,
              AUDIT_EVENT.ACTION,
              AUDIT_EVENT.PAYLOAD,
              AUDIT_EVENT.PREV_HASH,
              AUDIT_EVENT.HASH)
          + " ORDER BY "
          + AUDIT_EVENT.SEQ.getName();

  private final DSLContext dsl;
  private final Clock clock;

  public JooqAuditLog(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public List<AuditEvent> appendAll(Actor actor, List<Entry> entries) {
    return append(actor, entries, null);
  }

  @Override
  public AuditEvent appendStateSum(
      Actor actor, AuditAction action, Map<String, ?> payload, String sum) {
    if (!StateJournal.isEmpty()) {
      throw new IllegalStateException("a state sum base after rows not yet bound to an event");
    }
    return append(actor, List.of(new Entry(action, payload)), StateSum.parse(sum)).getFirst();
  }

  /**
   * @param base the state sum the (single) event carries as it is, or null: the head event's sum
   *     moved by the rows written
   */
  private List<AuditEvent> append(Actor actor, List<Entry> entries, StateSum base) {
    if (entries.isEmpty()) {
      return List.of();
    }
    // The transaction's own previous append, if any: it holds the head's row lock since, so the
    // head and its sum are the ones it wrote (an import appends once per batch of files, ADR 0037).
    StateJournal.Tail tail = StateJournal.tail(dsl);
    boolean stored;
    AuditHead head;
    StateSum running;
    if (tail != null) {
      stored = true;
      head = tail.head();
      running = base != null ? base : tail.sum() == null ? null : StateSum.parse(tail.sum());
    } else {
      var headRecord =
          dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchOptional();
      stored = headRecord.isPresent();
      head = headRecord.map(r -> new AuditHead(r.getSeq(), r.getHash())).orElse(AuditHead.EMPTY);
      running = base != null ? base : chainedSum(head);
    }
    List<List<StateJournal.Entry>> written = split(entries.size(), written());
    List<AuditEvent> events = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Map<String, Object> payload = payload(entry.payload(), written.get(i));
      if (running != null) {
        if (base == null) {
          for (StateJournal.Entry w : written.get(i)) {
            if (w.digest() != null) {
              running.add(w.digest());
            }
            if (w.oldDigest() != null) {
              running.subtract(w.oldDigest());
            }
          }
        }
        payload.put(StateReplay.SUM_FIELD, running.hex());
      }
      AuditEvent e =
          AuditChain.next(
              head,
              clock.instant().toString(),
              actor.name(),
              entry.action().stored(),
              Json.canonical(payload));
      events.add(e);
      head = new AuditHead(e.seq(), e.hash());
    }
    insert(events);
    if (stored) {
      dsl.update(AUDIT_HEAD)
          .set(AUDIT_HEAD.SEQ, head.seq())
          .set(AUDIT_HEAD.HASH, head.hash())
          .where(AUDIT_HEAD.ID.eq(1))
          .execute();
    } else {
      dsl.insertInto(AUDIT_HEAD)
          .set(AUDIT_HEAD.ID, 1)
          .set(AUDIT_HEAD.SEQ, head.seq())
          .set(AUDIT_HEAD.HASH, head.hash())
          .execute();
    }
    StateJournal.appended(new StateJournal.Tail(dsl, head, running == null ? null : running.hex()));
    return events;
  }

  /**
   * The bound rows this transaction wrote since the last event: from H2's trigger in this thread,
   * or from the PostgreSQL store's journal table (ADR 0033).
   */
  private List<StateJournal.Entry> written() {
    List<StateJournal.Entry> rows = StateJournal.drain();
    if (!Database.onServer(dsl) || !StateJournal.active()) {
      return rows;
    }
    List<StateJournal.Entry> all = new ArrayList<>(rows);
    all.addAll(PgStateJournal.drain(dsl));
    return all;
  }

  /**
   * The state sum the head event carries (ADR 0028), read from that event itself and only if its
   * hash is the head's: never from a copy beside the chain, which an insider could set to match
   * rows changed behind Rekap's back. Null when the head event carries none (a chain written before
   * ADR 0028, or by an older Rekap since): the events then carry no sum until the opening check has
   * verified the whole state and appended a new base.
   */
  private StateSum chainedSum(AuditHead head) {
    if (head.seq() == 0) {
      return new StateSum();
    }
    return stateSumAt(head).map(StateSum::parse).orElse(null);
  }

  @Override
  public java.util.Optional<String> stateSumAt(AuditHead at) {
    var r =
        dsl.select(AUDIT_EVENT.PAYLOAD, AUDIT_EVENT.HASH)
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.SEQ.eq(at.seq()))
            .fetchOne();
    if (r == null || !at.hash().equals(r.value2())) {
      return java.util.Optional.empty();
    }
    return StateReplay.sum(r.value1());
  }

  /**
   * Which written rows each event binds (issue 13 §2): a batch of N events after N row writes (an
   * import: one row and one event per file) pairs them in order; otherwise the last event of the
   * batch carries them all.
   */
  private static List<List<StateJournal.Entry>> split(
      int events, List<StateJournal.Entry> written) {
    List<List<StateJournal.Entry>> out = new ArrayList<>(events);
    for (int i = 0; i < events; i++) {
      out.add(List.of());
    }
    if (written.isEmpty()) {
      return out;
    }
    if (events > 1 && written.size() == events) {
      for (int i = 0; i < events; i++) {
        out.set(i, List.of(written.get(i)));
      }
    } else {
      out.set(events - 1, written);
    }
    return out;
  }

  /** The payload with the rows the event binds under {@link StateReplay#FIELD}. */
  private static Map<String, Object> payload(
      Map<String, ?> payload, List<StateJournal.Entry> written) {
    if (payload.containsKey(StateReplay.SUM_FIELD)) {
      throw new IllegalArgumentException("an event payload may not use the key 'stateSum'");
    }
    Map<String, Object> out = new HashMap<>(payload);
    if (written.isEmpty()) {
      return out;
    }
    if (payload.containsKey(StateReplay.FIELD)) {
      throw new IllegalArgumentException("an event payload may not use the key 'state'");
    }
    Map<String, Map<String, String>> state = new TreeMap<>();
    for (StateJournal.Entry w : written) {
      state.computeIfAbsent(w.table(), t -> new TreeMap<>()).put(w.key(), w.digest());
    }
    out.put(StateReplay.FIELD, state);
    return out;
  }

  /**
   * One prepared statement for all events (JDBC batch): an import appends one event per file, and
   * rendering and parsing the SQL once per event cost more than writing it.
   */
  private void insert(List<AuditEvent> events) {
    dsl.connection(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (AuditEvent e : events) {
              ps.setLong(1, e.seq());
              ps.setString(2, e.at());
              ps.setString(3, e.actor());
              ps.setString(4, e.action());
              ps.setString(5, e.payload());
              ps.setString(6, e.prevHash());
              ps.setString(7, e.hash());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        });
  }

  @Override
  public AuditHead lockHead() {
    return dsl.selectFrom(AUDIT_HEAD)
        .where(AUDIT_HEAD.ID.eq(1))
        .forUpdate()
        .fetchOptional()
        .map(r -> new AuditHead(r.getSeq(), r.getHash()))
        .orElse(AuditHead.EMPTY);
  }

  @Override
  public AuditHead head() {
    return dsl.selectFrom(AUDIT_HEAD)
        .where(AUDIT_HEAD.ID.eq(1))
        .fetchOptional()
        .map(r -> new AuditHead(r.getSeq(), r.getHash()))
        .orElse(AuditHead.EMPTY);
  }

  /** The distinct actions of the events after {@code seq} (to tell whether a backup is due). */
  public java.util.Set<String> actionsAfter(long seq) {
    return new java.util.HashSet<>(
        dsl.selectDistinct(AUDIT_EVENT.ACTION)
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.SEQ.gt(seq))
            .fetch(AUDIT_EVENT.ACTION));
  }

  @Override
  public List<AuditEvent> since(long seq) {
    return dsl.selectFrom(AUDIT_EVENT)
        .where(AUDIT_EVENT.SEQ.gt(seq))
        .orderBy(AUDIT_EVENT.SEQ)
        .fetch(
            r ->
                new AuditEvent(
                    r.getSeq(),
                    r.getAt(),
                    r.getActor(),
                    r.getAction(),
                    r.getPayload(),
                    r.getPrevHash(),
                    r.getHash()));
  }

  @Override
  public void forEach(Consumer<AuditEvent> consumer) {
    // plain JDBC, streamed: the opening integrity check reads every event of the workspace, and
    // jOOQ's record mapping was a fifth of that read (docs/benchmarks.md)
    dsl.connection(
        c ->
            LazyReads.run(
                c,
                conn -> {
                  try (var st = conn.createStatement()) {
                    st.setFetchSize(1000);
                    try (var rs = st.executeQuery(SELECT_ALL)) {
                      while (rs.next()) {
                        consumer.accept(
                            new AuditEvent(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7)));
                      }
                    }
                  }
                  return null;
                }));
  }
}
