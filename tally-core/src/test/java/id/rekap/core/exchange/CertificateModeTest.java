package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.resign;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, requirement 6: certificates state the election mode, and a key of a test-mode centre
 * never speaks in an official count: its package is refused even when its signer is trusted and its
 * manifest claims the official mode.
 */
class CertificateModeTest {
  @TempDir Path tmp;

  @Test
  void theWorkspaceKeyStatesTheModeAndATestKeyIsRefusedInAnOfficialCount() {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      TallyCentre stated = TallyCentre.stated(key(a).certificate()).orElseThrow();
      assertThat(stated.mode()).isEqualTo("official");
      assertThat(key(a).certificate().getSubjectX500Principal().getName())
          .contains("OU=official")
          .contains("OU=kecamatan");
      assertThat(stated.level()).as("the level is still the first OU").isEqualTo("kecamatan");

      Path official = export(a, tmp.resolve("310101-1.rekap"), null);
      SigningKey testKey =
          SigningKey.create(
              tmp.resolve("uji.p12"),
              "frasa-sandi-uji".toCharArray(),
              new TallyCentre(
                  "PPK KEPULAUAN SERIBU UTARA", "kecamatan", "310101", "pemilu-2024", "test"),
              TestClock.FIXED);
      trust(kab, testKey.certificate(), tmp);
      Path signedForTest = resign(official, tmp.resolve("uji.rekap"), testKey, e -> e, m -> m);
      var before = StoreDump.of(kab);
      assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, signedForTest))
          .isInstanceOfSatisfying(
              RekapException.class, e -> assertThat(e.key()).isEqualTo("package.error.mode"));
      assertThat(StoreDump.of(kab)).isEqualTo(before);

      // the official key's package goes in
      trust(kab, key(a).certificate(), tmp);
      assertThat(kab.importPackage().run(Workspaces.CLERK, official).status())
          .isEqualTo(ImportPackage.Status.IMPORTED);
    }
  }

  @Test
  void aCertificateWithoutAModeIsReadAsBefore() {
    var centre = new TallyCentre("PPK A", "kecamatan", "310101", "pemilu-2024");
    assertThat(centre.mode()).isEmpty();
    assertThat(TallyCentre.of(centre.subject())).isEqualTo(centre);
    var test = new TallyCentre("PPK A", "kecamatan", "310101", "pemilu-2024", "test");
    assertThat(TallyCentre.of(test.subject())).isEqualTo(test);
  }
}
