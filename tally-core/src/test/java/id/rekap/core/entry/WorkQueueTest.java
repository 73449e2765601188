package id.rekap.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the work queue of the real Kepulauan Seribu sample, its states, counts and "next". */
class WorkQueueTest {
  private static final TpsCode A = new TpsCode("3101011001001");
  private static final TpsCode B = new TpsCode("3101011001002");
  private static final TpsCode C = new TpsCode("3101011001003");

  @TempDir Path dir;
  private Workspace ws;
  private User ani;
  private User budi;
  private User citra;
  private Contest ppwp;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    var users = ws.users();
    users.add(null, Workspaces.ACTOR, "admin", Role.ADMIN, "admin-rahasia".toCharArray());
    User admin = users.login("admin", "admin-rahasia".toCharArray());
    users.add(admin, null, "ani", Role.OPERATOR, "sandi-ani-1".toCharArray());
    users.add(admin, null, "budi", Role.OPERATOR, "sandi-budi-1".toCharArray());
    users.add(admin, null, "citra", Role.VERIFIER, "sandi-citra-1".toCharArray());
    ani = users.login("ani", "sandi-ani-1".toCharArray());
    budi = users.login("budi", "sandi-budi-1".toCharArray());
    citra = users.login("citra", "sandi-citra-1".toCharArray());
    ppwp = ws.election().contest(ContestCode.PPWP).orElseThrow();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private void key(User u, TpsCode tps, int v) {
    ws.entry().key(u, KeyedForm.filled(ppwp, tps, Source.CHASIL, Map.of("choices.1", v)));
  }

  @Test
  void statesCountsAndTheNextTpsForEachRole() {
    key(ani, A, 1); // awaiting budi
    key(ani, B, 1);
    key(budi, B, 2); // a mismatch
    key(budi, C, 3);
    key(ani, C, 3); // counted
    TpsQueue q = ws.workQueue().of(ppwp, Source.CHASIL, Set.of(C.value()));
    assertThat(q.size()).isEqualTo(88);
    assertThat(q.entry(A).orElseThrow().state()).isEqualTo(TpsQueue.State.AWAITING_SECOND);
    assertThat(q.entry(A).orElseThrow().firstBy()).isEqualTo("ani");
    assertThat(q.entry(B).orElseThrow().state()).isEqualTo(TpsQueue.State.MISMATCH);
    assertThat(q.entry(C).orElseThrow().state()).isEqualTo(TpsQueue.State.COUNTED);
    var counts = q.counts(null);
    assertThat(counts.get(TpsQueue.Filter.NOT_KEYED)).isEqualTo(85);
    assertThat(counts.get(TpsQueue.Filter.MISMATCH)).isEqualTo(1);
    assertThat(counts.get(TpsQueue.Filter.WITH_ERRORS)).isEqualTo(1);
    assertThat(counts.get(TpsQueue.Filter.ALL)).isEqualTo(88);
    // the desa of A holds the three keyed TPS; the kecamatan list is the sample's two
    RegionCode desa = A.at(RegionLevel.DESA);
    assertThat(q.list(desa, TpsQueue.Filter.AWAITING_SECOND))
        .extracting(TpsQueue.Entry::tps)
        .containsExactly(A);
    assertThat(q.regions(null, RegionLevel.KECAMATAN, TpsQueue.Filter.ALL)).hasSize(2);
    // ani's next after A: not A (her own), not B (mismatch), not C: the next not keyed
    assertThat(q.nextFor(ani, A)).contains(new TpsCode("3101011001004"));
    // budi keys the second entry of A next
    assertThat(q.nextFor(budi, null)).contains(A);
    // the verifier's queue is the mismatch
    assertThat(q.nextFor(citra, null)).contains(B);
  }
}
