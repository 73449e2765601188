package id.rekap.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.support.TestCa;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PPK signs with a key its CA issued (imported with {@code keys import}, chain with an
 * intermediate); the kab/kota trusts only the CA's root, and accepts the package through the chain.
 */
class CaIssuedPackageTest {
  @TempDir Path tmp;

  @Test
  void aPackageSignedWithACaIssuedKeyIsTrustedThroughTheCa() {
    TestCa root = TestCa.root("CN=Uji Root CA,O=Uji,C=ID");
    TestCa sub = root.intermediate("CN=Uji Sub CA,O=Uji,C=ID");
    char[] filePass = "frasa-berkas-ca".toCharArray();
    Path p12 =
        sub.issue("C=ID,O=pemilu-2024,L=310101,OU=kecamatan,CN=PPK Kepulauan Seribu Utara")
            .p12(tmp.resolve("ppk.p12"), filePass);
    try (Workspace ppk = PackageFixtures.ppkWithoutKey(tmp.resolve("ppk"), "310101");
        Workspace kab = PackageFixtures.kabkota(tmp.resolve("kab"))) {
      ppk.keys().importKey(Workspaces.CLERK, p12, filePass, PackageFixtures.PASSPHRASE);
      Path pkg = PackageFixtures.export(ppk, tmp.resolve("310101.rekap"), null);
      PackageFixtures.trust(kab, root.certificate(), tmp);
      var outcome = kab.importPackage().run(Workspaces.CLERK, pkg);
      assertThat(outcome.status()).isEqualTo(ImportPackage.Status.IMPORTED);
      assertThat(outcome.rows()).isPositive();
      var stored = kab.importPackage().list().getFirst();
      assertThat(stored.trustedVia()).isEqualTo(SigningKey.fingerprint(root.certificate()));
      assertThat(stored.signerFingerprint()).isNotEqualTo(stored.trustedVia());
    }
  }
}
