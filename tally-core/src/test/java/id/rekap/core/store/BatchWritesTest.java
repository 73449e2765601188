package id.rekap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditEvent;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.common.Actor;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.AdminBlock;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.Origin;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.result.Votes;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.TestStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batched writes of an import: same chain as single appends, same rows, same rollback. */
class BatchWritesTest {
  private static final Actor ACTOR = new Actor("test");

  @TempDir Path dir;

  @Test
  void appendAllChainsExactlyLikeOneAppendAfterAnother() {
    List<AuditEvent> single = new ArrayList<>();
    List<AuditEvent> batched;
    TestStore.prepare(dir.resolve("a"));
    TestStore.prepare(dir.resolve("b"));
    try (Database a = Database.open(dir.resolve("a"), true);
        Database b = Database.open(dir.resolve("b"), true)) {
      AuditLog logA = new JooqAuditLog(a.dsl(), TestClock.FIXED);
      AuditLog logB = new JooqAuditLog(b.dsl(), TestClock.FIXED);
      for (int i = 0; i < 3; i++) {
        int n = i;
        single.add(
            a.transactions()
                .inTransaction(() -> logA.append(ACTOR, AuditAction.STATE_BIND, Map.of("n", n))));
      }
      batched =
          b.transactions()
              .inTransaction(
                  () ->
                      logB.appendAll(
                          ACTOR,
                          List.of(
                              new AuditLog.Entry(AuditAction.STATE_BIND, Map.of("n", 0)),
                              new AuditLog.Entry(AuditAction.STATE_BIND, Map.of("n", 1)),
                              new AuditLog.Entry(AuditAction.STATE_BIND, Map.of("n", 2)))));
      assertThat(batched).isEqualTo(single);
      assertThat(b.transactions().inTransaction(logB::head)).isEqualTo(logA.head());
      List<AuditEvent> stored = new ArrayList<>();
      b.transactions().run(() -> logB.forEach(stored::add));
      assertThat(stored).isEqualTo(single);
    }
  }

  @Test
  void putAllStoresEveryFieldAndReadsItBack() {
    try (Database db = open(dir.resolve("ws"))) {
      ResultRepository results = new JooqResultRepository(db.dsl());
      TpsResult first = result("3201011001001", 120, null);
      TpsResult second = result("3201011001002", 0, 7);
      TpsResult replaced = result("3201011001001", 99, 3);
      db.transactions().run(() -> results.putAll(List.of(put(first), put(second), put(replaced))));
      Map<TpsCode, TpsResult> read = new HashMap<>();
      db.transactions().run(() -> results.forEach(ContestCode.PDPR, r -> read.put(r.tps(), r)));
      assertThat(read).containsOnlyKeys(first.tps(), second.tps());
      assertThat(read.get(first.tps())).isEqualTo(replaced);
      assertThat(read.get(second.tps())).isEqualTo(second);
      assertThat(
              db.transactions()
                  .inTransaction(() -> results.digests(ContestCode.PDPR, Source.SIREKAP)))
          .containsEntry(second.tps(), second.digest());
    }
  }

  @Test
  void deleteUnderRemovesEveryRowOfThatSourceUnderTheRegionAndNothingElse() {
    try (Database db = open(dir.resolve("ws"))) {
      ResultRepository results = new JooqResultRepository(db.dsl());
      db.transactions()
          .run(
              () ->
                  results.putAll(
                      List.of(
                          put(result("3201011001001", 1, 2)),
                          put(result("3201011002007", 3, 4)),
                          put(result("3201021001001", 5, 6)))));
      int deleted =
          db.transactions().inTransaction(() -> results.deleteUnder("320101", Source.SIREKAP));
      assertThat(deleted).isEqualTo(2);
      assertThat(db.transactions().inTransaction(() -> results.receivedTps(ContestCode.PDPR)))
          .containsExactly(new TpsCode("3201021001001"));
      assertThat(db.transactions().inTransaction(() -> results.deleteUnder("3201", Source.PACKAGE)))
          .isZero();
    }
  }

  @Test
  void aFailureRollsBackTheRowsAndTheirEventsTogether() {
    try (Database db = open(dir.resolve("ws"))) {
      ResultRepository results = new JooqResultRepository(db.dsl());
      AuditLog audit = new JooqAuditLog(db.dsl(), TestClock.FIXED);
      assertThatThrownBy(
              () ->
                  db.transactions()
                      .run(
                          () -> {
                            results.putAll(List.of(put(result("3201011001001", 1, 2))));
                            audit.appendAll(
                                ACTOR,
                                List.of(new AuditLog.Entry(AuditAction.RESULT_IMPORT, Map.of())));
                            throw new IllegalStateException("disk full");
                          }))
          .hasMessageContaining("disk full");
      assertThat(db.transactions().inTransaction(() -> results.receivedTps(ContestCode.PDPR)))
          .isEmpty();
      assertThat(db.transactions().inTransaction(audit::head).seq()).isZero();
    }
  }

  @Test
  void appendsAfterANestedRollbackChainOnTheHeadTheStoreHolds() {
    // ADR 0037: a transaction's appends reuse the head it wrote; a savepoint rolled back took its
    // event back, so the next append must chain on the head before it, not on the forgotten one
    try (Database db = open(dir.resolve("ws"))) {
      AuditLog audit = new JooqAuditLog(db.dsl(), TestClock.FIXED);
      db.transactions()
          .run(
              () -> {
                audit.append(ACTOR, AuditAction.STATE_BIND, Map.of("n", 1));
                assertThatThrownBy(
                        () ->
                            db.transactions()
                                .run(
                                    () -> {
                                      audit.append(ACTOR, AuditAction.STATE_BIND, Map.of("n", 2));
                                      throw new IllegalStateException("refused");
                                    }))
                    .hasMessageContaining("refused");
                audit.append(ACTOR, AuditAction.STATE_BIND, Map.of("n", 3));
              });
      List<AuditEvent> stored = new ArrayList<>();
      db.transactions().run(() -> audit.forEach(stored::add));
      assertThat(stored).extracting(AuditEvent::seq).containsExactly(1L, 2L);
      assertThat(stored.get(1).prevHash()).isEqualTo(stored.get(0).hash());
      assertThat(stored.get(1).payload()).contains("\"n\":3");
      assertThat(db.transactions().inTransaction(audit::head).hash())
          .isEqualTo(stored.get(1).hash());
    }
  }

  @Test
  void insertAllNeverReplacesAStoredRowInTheH2File() {
    try (Database db = open(dir.resolve("ws"))) {
      // on PostgreSQL, where other PCs write between an import's batches, new rows keep the upsert
      org.junit.jupiter.api.Assumptions.assumeFalse(Database.onServer(db.dsl()));
      ResultRepository results = new JooqResultRepository(db.dsl());
      TpsResult stored = result("3201011001001", 120, null);
      db.transactions().run(() -> results.insertAll(List.of(put(stored))));
      assertThatThrownBy(
              () ->
                  db.transactions()
                      .run(() -> results.insertAll(List.of(put(result("3201011001001", 9, 9))))))
          .isNotNull();
      Map<TpsCode, TpsResult> read = new HashMap<>();
      db.transactions().run(() -> results.forEach(ContestCode.PDPR, r -> read.put(r.tps(), r)));
      assertThat(read).containsExactly(Map.entry(stored.tps(), stored));
    }
  }

  @Test
  void insertNewStoresEveryRowInStatementsOfManyRowsAndNeverReplacesOne() {
    // ADR 0042: a package's rows, in statements of ROWS_PER_STATEMENT rows on PostgreSQL; a full
    // statement, a second full one and a short last one, every field read back as written
    try (Database db = open(dir.resolve("ws"))) {
      ResultRepository results = new JooqResultRepository(db.dsl());
      int rows = 2 * JooqResultRepository.ROWS_PER_STATEMENT + 7;
      List<TpsResult> written = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        String tps = String.format("320101%04d%03d", 1001 + i / 5, 1 + i % 5);
        written.add(result(tps, i, i % 3 == 0 ? null : i % 11));
      }
      db.transactions().run(() -> results.insertNew(written.stream().map(r -> put(r)).toList()));
      Map<TpsCode, TpsResult> read = new HashMap<>();
      db.transactions().run(() -> results.forEach(ContestCode.PDPR, r -> read.put(r.tps(), r)));
      assertThat(read).hasSize(rows);
      for (TpsResult r : written) {
        assertThat(read.get(r.tps())).isEqualTo(r);
      }
      assertThat(
              db.transactions()
                  .inTransaction(() -> results.digests(ContestCode.PDPR, Source.SIREKAP))
                  .get(written.get(rows - 1).tps()))
          .isEqualTo(written.get(rows - 1).digest());
      // a row that is stored after all fails the statement and the transaction: nothing changes
      TpsResult again = result(written.get(3).tps().value(), 99_999, 1);
      TpsResult fresh = result("3202011001001", 5, 5);
      assertThatThrownBy(
              () -> db.transactions().run(() -> results.insertNew(List.of(put(fresh), put(again)))))
          .isNotNull();
      Map<TpsCode, TpsResult> after = new HashMap<>();
      db.transactions().run(() -> results.forEach(ContestCode.PDPR, r -> after.put(r.tps(), r)));
      assertThat(after).isEqualTo(read);
    }
  }

  /** A new store in that folder: the H2 file, or a PostgreSQL database when the run is on one. */
  private static Database open(Path folder) {
    TestStore.prepare(folder);
    return Database.open(folder, true);
  }

  private static ResultRepository.Put put(TpsResult r) {
    return new ResultRepository.Put(
        r,
        r.digest(),
        new Origin("/data/pdpr/" + r.tps() + ".json", "ab".repeat(32), null),
        "2024-02-20T10:15:30Z");
  }

  /** A party-list result with a null (unread) caleg cell and a partly reported admin block. */
  private static TpsResult result(String tps, int partyOnly, Integer caleg) {
    Map<Integer, Integer> votes = new HashMap<>();
    votes.put(VoteKey.partyOnly(1), partyOnly);
    votes.put(VoteKey.partyCandidate(1, 1), caleg);
    votes.put(VoteKey.partyTotal(1), partyOnly + (caleg == null ? 0 : caleg));
    Map<AdminField, Integer> admin = new HashMap<>();
    admin.put(AdminField.DPT, 250);
    admin.put(AdminField.VALID, partyOnly);
    return new TpsResult(
        new TpsCode(tps),
        ContestCode.PDPR,
        Source.SIREKAP,
        "3201",
        AdminBlock.of(admin),
        Votes.of(votes));
  }
}
