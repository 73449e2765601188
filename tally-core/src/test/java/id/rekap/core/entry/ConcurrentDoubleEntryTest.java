package id.rekap.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.demo.DemoData;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.store.generated.Tables;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.TestStore;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, acceptance 3: four operators on four PCs (four workspace sessions over one PostgreSQL
 * store) key 400 TPS in double entry at once, each TPS by two of them in their own random order,
 * while a verifier on a fifth session settles the forms whose two keyings differ. Every TPS ends
 * counted exactly once, with two different operators, nothing lost and no keying left over, and the
 * audit chain is one intact chain. Runs in the PostgreSQL test execution only: the H2 file is one
 * PC's store (a second process cannot open it).
 */
class ConcurrentDoubleEntryTest {
  private static final int TPS_PER_DESA = 100;
  private static final List<String> OPERATORS = List.of("ani", "budi", "citra", "dodi");

  @TempDir Path dir;

  @Test
  void fourOperatorsKey400TpsAtOnceAndEveryTpsCountsExactlyOnce() throws Exception {
    Assumptions.assumeTrue(TestStore.postgres(), "runs on the PostgreSQL store");
    Path folder = dir.resolve("ws");
    List<TpsCode> tps;
    try (Workspace ws =
        Workspaces.create(
            folder,
            WorkspaceLevel.KABKOTA,
            DemoData.REGION,
            Workspaces.demoFiles().resolve(DemoData.ELECTION))) {
      ws.importRegions(Workspaces.CLERK, List.of(regions(dir.resolve("wilayah-3101.json"))));
      User admin = PlenaryUsers.admin(ws);
      OPERATORS.forEach(name -> PlenaryUsers.person(ws, admin, name, Role.OPERATOR));
      PlenaryUsers.person(ws, admin, "vera", Role.VERIFIER);
      tps = ws.regionTree().allTps().stream().map(Tps::code).sorted(byValue()).toList();
    }
    assertThat(tps).hasSize(400);

    Map<KeyedEntry.State, List<TpsCode>> outcomes = new ConcurrentHashMap<>();
    AtomicBoolean keyingDone = new AtomicBoolean();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(OPERATORS.size() + 1);
    List<Future<?>> sessions = new ArrayList<>();
    for (int o = 0; o < OPERATORS.size(); o++) {
      int operator = o;
      sessions.add(
          pool.submit(
              () -> {
                try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
                  User me = login(ws, OPERATORS.get(operator));
                  List<TpsCode> mine = new ArrayList<>();
                  for (int i = 0; i < tps.size(); i++) {
                    // TPS i is keyed by operators i and i+1 (mod 4): two different people
                    if (i % 4 == operator || (i + 1) % 4 == operator) {
                      mine.add(tps.get(i));
                    }
                  }
                  Collections.shuffle(mine, new Random(operator));
                  start.await();
                  for (TpsCode code : mine) {
                    int index = tps.indexOf(code);
                    // every tenth TPS: the second operator of the pair misreads a box
                    boolean misread = index % 10 == 0 && (index + 1) % 4 == operator;
                    var outcome = ws.entry().key(me, plano(ws, code, misread ? 100 : 107));
                    outcomes
                        .computeIfAbsent(
                            outcome.state(), s -> Collections.synchronizedList(new ArrayList<>()))
                        .add(code);
                  }
                }
                return null;
              }));
    }
    Future<Integer> verifier =
        pool.submit(
            () -> {
              int settled = 0;
              try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
                User vera = login(ws, "vera");
                start.await();
                while (true) {
                  boolean finished = keyingDone.get();
                  for (Keying k : ws.entry().pending()) {
                    if (k.round() == 2) {
                      ws.entry().resolve(vera, k.values(), Map.of("choices.2", 107));
                      settled++;
                    }
                  }
                  if (finished) {
                    return settled;
                  }
                  Thread.sleep(50);
                }
              }
            });
    start.countDown();
    for (Future<?> s : sessions) {
      s.get();
    }
    keyingDone.set(true);
    int settled = verifier.get();
    pool.shutdown();

    assertThat(outcomes.get(KeyedEntry.State.AWAITING_SECOND)).hasSize(400).doesNotHaveDuplicates();
    assertThat(outcomes.get(KeyedEntry.State.COUNTED)).hasSize(360).doesNotHaveDuplicates();
    assertThat(outcomes.get(KeyedEntry.State.MISMATCH)).hasSize(40).doesNotHaveDuplicates();
    assertThat(settled).isEqualTo(40);

    try (Workspace ws = Workspace.open(folder, TestClock.FIXED)) {
      var dsl = WorkspaceInternals.database(ws).dsl();
      assertThat(ws.entry().pending()).as("no keying left over").isEmpty();
      var keyedBy = dsl.selectFrom(Tables.KEYED_BY).fetch();
      assertThat(keyedBy).hasSize(400);
      assertThat(keyedBy).allMatch(r -> !r.getFirstUser().equals(r.getSecondUser()));
      assertThat(dsl.fetchCount(Tables.TPS_RESULT, Tables.TPS_RESULT.SOURCE.eq(Source.CHASIL.id())))
          .as("every TPS counted exactly once")
          .isEqualTo(400);
      assertThat(dsl.fetchCount(Tables.AUDIT_EVENT, Tables.AUDIT_EVENT.ACTION.eq("entry.accepted")))
          .isEqualTo(360);
      assertThat(dsl.fetchCount(Tables.AUDIT_EVENT, Tables.AUDIT_EVENT.ACTION.eq("entry.resolved")))
          .isEqualTo(40);
      var verdict = ws.verifyAudit().run();
      assertThat(verdict.ok()).as(verdict.toString()).isTrue();
    }
  }

  private static User login(Workspace ws, String name) {
    return ws.users().login(name, PlenaryUsers.PASSWORD.toCharArray());
  }

  private static Comparator<TpsCode> byValue() {
    return Comparator.comparing(TpsCode::value);
  }

  /** The plano of one TPS as the operator reads it (candidate 2: 107, or a misread 100). */
  private static TpsResult plano(Workspace ws, TpsCode tps, int candidate2) {
    Map<String, Integer> v = new LinkedHashMap<>();
    v.put("dptL", 147);
    v.put("dptP", 145);
    v.put("dpt", 292);
    v.put("users", 233);
    v.put("choices.1", 83);
    v.put("choices.2", candidate2);
    v.put("choices.3", 38);
    v.put("valid", 228);
    v.put("invalid", 5);
    v.put("total", 233);
    var contest = ws.election().contest(ContestCode.PPWP).orElseThrow();
    return KeyedForm.filled(contest, tps, Source.CHASIL, v);
  }

  /**
   * The real Kepulauan Seribu region list (names and codes as in the demo's wilayah-3101.json) with
   * 100 TPS in each of four desa: 400 TPS, more than the real 83, so four operators have a
   * plenary's worth of forms.
   */
  private static Path regions(Path file) throws IOException {
    String json =
        """
        {
        "id2name": {
        "31": "DKI JAKARTA",
        "3101": "KEPULAUAN SERIBU",
        "310101": "KEPULAUAN SERIBU UTARA",
        "3101011001": "PULAU PANGGANG",
        "3101011002": "PULAU KELAPA",
        "310102": "KEPULAUAN SERIBU SELATAN",
        "3101021001": "PULAU UNTUNG JAWA",
        "3101021002": "PULAU TIDUNG"
        },
        "tps": {
        "3101011001": [%d],
        "3101011002": [%d],
        "3101021001": [%d],
        "3101021002": [%d]
        }
        }
        """
            .formatted(TPS_PER_DESA, TPS_PER_DESA, TPS_PER_DESA, TPS_PER_DESA);
    Files.writeString(file, json);
    return file;
  }
}
