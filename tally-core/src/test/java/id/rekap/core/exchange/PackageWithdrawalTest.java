package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.chair;
import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.resign;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.result.Source;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, requirement 6: sequence numbers are bounded, so a validly signed package numbered
 * 2^31−1 cannot block a kecamatan for good, and the kab/kota chair can withdraw the package in
 * force (with a reason, audited), after which the kecamatan's next package is taken.
 */
class PackageWithdrawalTest {
  @TempDir Path tmp;

  private static String reason(Throwable e) {
    return ((RekapException) e).key();
  }

  /** The PPK's own package, renumbered and signed again with the PPK's key. */
  private Path numbered(Workspace ppk, Path pkg, int sequence) {
    return resign(
        pkg,
        tmp.resolve("310101-" + sequence + ".rekap"),
        key(ppk),
        e -> e,
        m -> {
          m.put("sequence", sequence);
          return m;
        });
  }

  @Test
  void aFarAheadSequenceIsRefusedAndTheChairWithdrawsAWrongPackage() {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      trust(kab, key(a).certificate(), tmp);
      Path first = export(a, tmp.resolve("310101-1.rekap"), null);
      kab.importPackage().run(Workspaces.CLERK, first);

      var before = StoreDump.of(kab);
      Path huge = numbered(a, first, Integer.MAX_VALUE);
      assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, huge))
          .as("2^31-1 would leave no room for the kecamatan's next package")
          .extracting(PackageWithdrawalTest::reason)
          .isEqualTo("package.error.sequenceJump");
      assertThat(StoreDump.of(kab)).isEqualTo(before);
      Path tooFar = numbered(a, first, 1 + ImportPackage.MAX_SEQUENCE_STEP + 1);
      assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, tooFar))
          .extracting(PackageWithdrawalTest::reason)
          .isEqualTo("package.error.sequenceJump");

      // one far ahead but within the bound gets in, and blocks the kecamatan's real package 2
      Path ahead = numbered(a, first, 900);
      kab.importPackage().run(Workspaces.CLERK, ahead);
      Path second = export(a, tmp.resolve("310101-2.rekap"), "koreksi");
      assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, second))
          .extracting(PackageWithdrawalTest::reason)
          .isEqualTo("package.error.sequence");

      User kabChair = chair(kab);
      User operator = PlenaryUsers.person(kab, PlenaryUsers.admin(kab), "ani", Role.OPERATOR);
      var held = StoreDump.of(kab);
      assertThatThrownBy(() -> kab.withdrawPackage().run(operator, "310101", 900, "salah kirim"))
          .extracting(PackageWithdrawalTest::reason)
          .isEqualTo("user.error.notAllowed");
      assertThatThrownBy(() -> kab.withdrawPackage().run(kabChair, "310101", 900, " "))
          .extracting(PackageWithdrawalTest::reason)
          .isEqualTo("package.error.withdrawReason");
      assertThatThrownBy(() -> kab.withdrawPackage().run(kabChair, "310101", 1, "bukan ini"))
          .as("only the package in force")
          .extracting(PackageWithdrawalTest::reason)
          .isEqualTo("package.error.withdrawNone");
      assertThat(StoreDump.of(kab)).isEqualTo(held);

      var withdrawn =
          kab.withdrawPackage()
              .run(kabChair, "3101.01", 900, "urutan tidak wajar, bukan kiriman PPK");
      assertThat(withdrawn.withdrawn()).isTrue();
      assertThat(withdrawn.current()).isFalse();
      assertThat(withdrawn.withdrawal().by()).isEqualTo("ketua");
      assertThat(WorkspaceInternals.database(kab).packagesIn().current("310101")).isEmpty();
      assertThat(
              WorkspaceInternals.database(kab)
                  .results()
                  .receivedTps(kab.election().contests().getFirst().code()))
          .as("its figures left the recap")
          .isEmpty();
      var event =
          WorkspaceInternals.database(kab)
              .dsl()
              .fetch("select actor, action, payload from audit_event order by seq desc limit 1")
              .getFirst();
      assertThat(event.get(0, String.class)).isEqualTo("user:ketua");
      assertThat(event.get(1, String.class)).isEqualTo("package.withdraw");
      assertThat(event.get(2, String.class)).contains("urutan tidak wajar").contains("900");

      // the kecamatan's next package is taken again, and the withdrawn one stays withdrawn
      var again = kab.importPackage().run(Workspaces.CLERK, second);
      assertThat(again.status()).isEqualTo(ImportPackage.Status.IMPORTED);
      assertThat(kab.importPackage().run(Workspaces.CLERK, ahead).status())
          .isEqualTo(ImportPackage.Status.UNCHANGED);
      assertThat(
              WorkspaceInternals.database(kab)
                  .packagesIn()
                  .current("310101")
                  .orElseThrow()
                  .sequence())
          .isEqualTo(2);
      assertThat(
              WorkspaceInternals.database(kab)
                  .results()
                  .receivedTps(kab.election().contests().getFirst().code()))
          .isNotEmpty();
      assertThat(kab.verifyAudit().run().ok()).isTrue();
      assertThat(Source.PACKAGE.id()).isEqualTo("package");
    }
  }
}
