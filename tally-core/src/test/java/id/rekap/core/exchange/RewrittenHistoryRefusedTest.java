package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static id.rekap.core.store.generated.Tables.TPS_RESULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.ChainForger;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, acceptance 2 (anchor b): a PPK's history rewritten and re-chained after it sent a
 * package, its signed checkpoints dropped so that its own {@code audit verify} passes, is refused
 * at the kab/kota, which holds the head of the earlier package: the new chain does not extend it.
 * An honest next package, carrying the events since, is imported.
 */
class RewrittenHistoryRefusedTest {
  @TempDir Path tmp;

  @Test
  void aRechainedHistoryIsRefusedThroughTheHeadTheReceiverHeld() {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      trust(kab, key(a).certificate(), tmp);
      Path first = export(a, tmp.resolve("310101-1.rekap"), null);
      assertThat(PackageFixtures.entries(first)).containsKey("audit.json");
      kab.importPackage().run(Workspaces.CLERK, first);

      // the forger moves votes in the PPK's file and rewrites its whole chain to match
      WorkspaceInternals.database(a)
          .dsl()
          .update(TPS_RESULT)
          .set(TPS_RESULT.VALID, TPS_RESULT.VALID.plus(9))
          .where(TPS_RESULT.TPS_CODE.eq("3101011001001"))
          .execute();
      ChainForger.rechain(WorkspaceInternals.database(a), true);
      assertThat(a.verifyAudit().run().ok()).isTrue();
      Path forged = export(a, tmp.resolve("310101-2.rekap"), "koreksi");

      var before = StoreDump.of(kab);
      assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, forged))
          .isInstanceOfSatisfying(
              RekapException.class,
              e -> {
                assertThat(e.key()).isEqualTo("package.error.auditRewritten");
                assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
              });
      assertThat(StoreDump.of(kab)).isEqualTo(before);
    }
  }

  @Test
  void anHonestNextPackageExtendsTheHeldHead() {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      trust(kab, key(a).certificate(), tmp);
      kab.importPackage().run(Workspaces.CLERK, export(a, tmp.resolve("1.rekap"), null));
      Path second = export(a, tmp.resolve("2.rekap"), "susulan");
      assertThat(kab.importPackage().run(Workspaces.CLERK, second).status())
          .isEqualTo(ImportPackage.Status.SUPERSEDED);
      assertThat(kab.verifyAudit().run().ok()).isTrue();
      assertThat(a.verifyAudit().run().checkpoints()).hasSize(2).allMatch(c -> c.ok());
    }
  }
}
