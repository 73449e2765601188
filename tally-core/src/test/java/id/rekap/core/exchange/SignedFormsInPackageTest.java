package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.entries;
import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.PdfSignature;
import id.rekap.signing.TrustPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: the package carries the signed D.Hasil of the sender (PAdES by the same key as the
 * manifest); a receiver refuses a package whose form is unsigned or signed by someone else.
 */
class SignedFormsInPackageTest {
  static final String FORM = "forms/d-hasil-kecamatan-ppwp-310101-draft.pdf";

  @TempDir Path tmp;

  @Test
  void thePackageCarriesTheSignedDHasilAndTheReceiverChecksIt() {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace other = ppk(tmp.resolve("ppk-lain"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      Path pkg = export(a, tmp.resolve("310101-1.rekap"), null);
      Map<String, byte[]> entries = entries(pkg);
      assertThat(entries).containsKey(FORM);
      var check =
          PdfSignature.verify(entries.get(FORM), TrustPolicy.of(List.of(key(a).certificate())));
      assertThat(check.valid()).as(check.problems().toString()).isTrue();
      trust(kab, key(a).certificate(), tmp);

      // the sender re-signs the manifest over a form signed by another workspace's key
      byte[] foreign = entries(export(other, tmp.resolve("lain.rekap"), null)).get(FORM);
      Path swapped =
          PackageFixtures.resign(
              pkg,
              tmp.resolve("swapped.rekap"),
              key(a),
              e -> {
                e.put(FORM, foreign);
                return e;
              },
              m -> m);
      var before = StoreDump.of(kab);
      assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, swapped))
          .isInstanceOf(RekapException.class)
          .extracting(e -> ((RekapException) e).key())
          .isEqualTo("package.error.form");
      assertThat(StoreDump.of(kab)).isEqualTo(before);

      var imported = kab.importPackage().run(Workspaces.CLERK, pkg);
      assertThat(imported.status()).isEqualTo(ImportPackage.Status.IMPORTED);
    }
  }
}
