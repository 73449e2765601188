package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.adoption.AdoptionSupport;
import id.rekap.core.adoption.Adoptions;
import id.rekap.core.adoption.Block;
import id.rekap.core.adoption.Decision;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.adoption.QueueItem;
import id.rekap.core.adoption.Reason;
import id.rekap.core.common.Messages;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3 at kab/kota level, on a real PPK workspace of Kepulauan Seribu Selatan and its signed
 * packages: the kecamatan is adopted in one decision from the package; a newer package lifts what
 * it changes (adopted again in one decision), and where it disagrees with a correction made here
 * the screen's plan names the conflict, and both ways out work: the plenary keeps its numbers with
 * a recorded ruling, or takes the package's numbers.
 */
class PackageConflictAdoptionTest {
  static final ContestCode PPWP = ContestCode.PPWP;
  static final String KEC = "310102";
  static final String DESA = "3101021001";

  /** Corrected at the kab/kota, later changed by the PPK too: the conflict. */
  static final String HERE = "3101021001001";

  /** Changed only by the PPK: lifted by its package and adopted again. */
  static final String THERE = "3101021001002";

  static final Map<String, String> RULINGS =
      Map.of(
          "3101021001006", "Pleno: DPT dibaca dari plano",
          "3101021002001", "Pleno: DPT dibaca dari plano",
          "3101021002004", "Pleno: suara sah dibaca dari plano",
          "3101021002012", "Pleno: pemilih dibaca dari plano",
          "3101021003001", "Pleno: angka plano dibacakan",
          "3101021003002", "Pleno: angka plano dibacakan");

  @TempDir Path tmp;

  /** A clock a second later at every reading: which result came after which is visible. */
  static Clock ticking() {
    AtomicLong seconds = new AtomicLong();
    Instant base = Instant.parse("2024-02-22T01:00:00Z");
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.of("Asia/Jakarta");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return base.plusSeconds(seconds.incrementAndGet());
      }
    };
  }

  /**
   * A recount moves votes between candidates 1 and 2: other numbers than before, still adding up,
   * so no rule is broken.
   */
  private static void recount(Workspace ws, User chair, String tps, int moved) {
    var tally =
        ws.recap().run(PPWP, RecapLevel.TPS).stream()
            .filter(r -> r.code().equals(tps))
            .findFirst()
            .orElseThrow()
            .tally();
    ws.corrections()
        .correct(
            chair,
            new Corrections.Request(
                new TpsCode(tps),
                PPWP,
                Map.of(
                    "choices.1",
                    Math.toIntExact(tally.votes(1) + moved),
                    "choices.2",
                    Math.toIntExact(tally.votes(2) - moved)),
                "hitung ulang disaksikan",
                Evidence.RECOUNT,
                "saksi paslon 01"));
  }

  private static long votes1(Workspace ws, String tps) {
    return ws.recap().run(PPWP, RecapLevel.TPS).stream()
        .filter(r -> r.code().equals(tps))
        .findFirst()
        .orElseThrow()
        .tally()
        .votes(1);
  }

  private static User ppkChair(Workspace ppk) {
    var admin = id.rekap.core.support.PlenaryUsers.admin(ppk);
    return id.rekap.core.support.PlenaryUsers.person(ppk, admin, "ketua", Role.CHAIR);
  }

  @Test
  void aConflictWithThePackageIsNamedAndBothWaysOutWork() throws Exception {
    Path kabFolder = tmp.resolve("kab-3101");
    PackageFixtures.kabkota(kabFolder).close();
    try (Workspace ppk = ppk(tmp.resolve("ppk-" + KEC), KEC);
        Workspace kab = Workspace.open(kabFolder, ticking())) {
      trust(kab, key(ppk).certificate(), tmp);
      kab.importPackage().run(Workspaces.CLERK, export(ppk, tmp.resolve("1.rekap"), null));
      User chair = PackageFixtures.chair(kab);
      User ppkChair = ppkChair(ppk);

      // the kecamatan from the package, in one decision (six TPS ruled on by the plenary)
      var first =
          kab.adoptions()
              .decide(chair, new Adoptions.Request(PPWP, KEC, "Pleno kab", RULINGS, false, null));
      assertThat(first.plan().complete()).isTrue();
      assertThat(first.plan().tpsCount(PlanItem.Status.ADOPT)).isEqualTo(35);

      // a correction here, after the package, is the plenary's own decision: no conflict
      recount(kab, chair, HERE, 5);
      var afterCorrection = kab.adoptions().preview(PPWP, KEC, Map.of());
      assertThat(afterCorrection.item(HERE).orElseThrow().status())
          .as("a correction made here after the package is no conflict")
          .isEqualTo(PlanItem.Status.ADOPT);
      kab.adoptions().decide(chair, Adoptions.Request.of(PPWP, KEC, "Pleno kab, koreksi"));

      // the PPK changes both TPS and sends package 2
      recount(ppk, ppkChair, HERE, 2);
      recount(ppk, ppkChair, THERE, 3);
      kab.importPackage()
          .run(Workspaces.CLERK, export(ppk, tmp.resolve("2.rekap"), "koreksi pleno PPK"));

      assertThat(kab.adoptions().isAdopted(PPWP, THERE)).as("lifted by the package").isFalse();
      assertThat(kab.adoptions().isAdopted(PPWP, HERE)).as("its numbers did not change").isTrue();
      var plan = kab.adoptions().preview(PPWP, KEC, Map.of());
      PlanItem there = plan.item(THERE).orElseThrow();
      assertThat(there.status()).isEqualTo(PlanItem.Status.ADOPT);
      assertThat(there.lifted()).startsWith("paket 2 dari").contains("koreksi pleno PPK");
      PlanItem here = plan.item(HERE).orElseThrow();
      assertThat(here.status()).isEqualTo(PlanItem.Status.BLOCKED);
      assertThat(here.blocks())
          .containsExactly(new Block(Reason.PACKAGE_CONFLICT, List.of("correction")));
      assertThat(here.blocks().getFirst().message(Messages.INDONESIAN))
          .isEqualTo(
              "angka paket PPK berbeda dengan angka di sini (koreksi pleno) tanpa keputusan pleno");
      assertThat(here.rulable()).isTrue();
      QueueItem queued =
          kab.adoptions().queue(PPWP).stream()
              .filter(q -> q.code().equals(KEC))
              .findFirst()
              .orElseThrow();
      assertThat(queued.conflicts()).isEqualTo(1);
      assertThat(queued.state()).isEqualTo(QueueItem.State.PARTIAL);

      // way out 1: the plenary keeps its numbers, with its ruling, in the same decision
      String keep = "Pleno kab: koreksi berdasarkan plano dipertahankan";
      var kept =
          kab.adoptions()
              .decide(
                  chair, new Adoptions.Request(PPWP, KEC, null, Map.of(HERE, keep), false, null));
      assertThat(kept.plan().complete()).isTrue();
      assertThat(kept.plan().adopting())
          .extracting(PlanItem::code)
          .containsExactly(THERE, DESA, KEC);
      assertThat(kab.adoptions().stamp(PPWP, KEC).official()).isTrue();

      // package 3 changes the TPS again: the ruling was on package 2's numbers, it holds no more
      recount(ppk, ppkChair, HERE, 1);
      long ppkVotes = votes1(ppk, HERE);
      kab.importPackage()
          .run(Workspaces.CLERK, export(ppk, tmp.resolve("3.rekap"), "hitung ulang TPS 001"));
      assertThat(kab.adoptions().preview(PPWP, KEC, Map.of()).item(HERE).orElseThrow().blocks())
          .extracting(Block::reason)
          .containsExactly(Reason.PACKAGE_CONFLICT);

      // way out 2: the package's numbers count; the correction here is withdrawn, adoptions lift
      String take = "PPK sudah menghitung ulang; angka PPK dipakai";
      String correctionDigest =
          WorkspaceInternals.database(kab).results().of(new TpsCode(HERE), PPWP).stream()
              .filter(r -> r.source() == Source.CORRECTION)
              .findFirst()
              .orElseThrow()
              .digest();
      assertThat(kab.adoptions().usePackage(chair, PPWP, HERE, take))
          .containsExactly(Source.CORRECTION);
      var pkgRow =
          WorkspaceInternals.database(kab).results().of(new TpsCode(HERE), PPWP).stream()
              .filter(r -> r.source() == Source.PACKAGE)
              .findFirst()
              .orElseThrow();
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("contest", "ppwp");
      expected.put("tps", HERE);
      expected.put(
          "decision",
          AdoptionSupport.lastPayload(kab, "adoption.usePackage").path("decision").asLong());
      expected.put("reason", take);
      expected.put("package", pkgRow.digest());
      expected.put("removed", Map.of("correction", correctionDigest));
      assertThat(AdoptionSupport.lastPayload(kab, "adoption.usePackage"))
          .isEqualTo(AdoptionSupport.tree(expected));
      assertThat(votes1(kab, HERE)).isEqualTo(ppkVotes);
      assertThat(kab.adoptions().stamp(PPWP, KEC).liftedReason())
          .isEqualTo("angka paket PPK dipakai di TPS 31.01.02.1001.001: " + take);
      assertThat(kab.adoptions().history(PPWP, HERE))
          .extracting(Decision::kind)
          .contains(Decision.Kind.USE_PACKAGE, Decision.Kind.LIFT);

      var last = kab.adoptions().decide(chair, Adoptions.Request.of(PPWP, KEC, "Pleno kab"));
      assertThat(last.plan().adopting())
          .extracting(PlanItem::code)
          .containsExactly(HERE, DESA, KEC);
      assertThat(kab.adoptions().stamp(PPWP, KEC).official()).isTrue();
      assertThat(kab.verifyAudit().run().ok()).isTrue();
    }
  }
}
