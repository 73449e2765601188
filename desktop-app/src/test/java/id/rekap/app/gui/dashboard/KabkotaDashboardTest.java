package id.rekap.app.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Centres;
import id.rekap.app.gui.RecordingNavigator;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.exchange.PackagesViewModel;
import id.rekap.app.gui.keys.KeysViewModel;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §6: the KPU Kabupaten/Kota dashboard shows per kecamatan the PPK's package in force (its
 * number, signer and time in the local zone), its R22 differences and whether the kecamatan is
 * adopted here; a kecamatan without a package says so.
 */
class KabkotaDashboardTest {
  @TempDir Path tmp;
  private Workspace ppk;
  private Workspace kab;

  @BeforeEach
  void centres() {
    ppk = Centres.ppk(tmp.resolve("ppk"));
    kab = Centres.kabkota(tmp.resolve("kab"));
  }

  @AfterEach
  void close() {
    ppk.close();
    kab.close();
  }

  @Test
  void everyKecamatanShowsItsPackageItsDifferencesAndItsAdoption() {
    char[] pass = Centres.PASSPHRASE.toCharArray();
    Session ppkSession = Centres.session(ppk, Centres.CHAIR);
    KeysViewModel keys = new KeysViewModel(ppkSession);
    keys.create(pass, Centres.PASSPHRASE.toCharArray());
    keys.exportFile().set(tmp.resolve("ppk.pem"));
    keys.exportCertificate(null);
    PackagesViewModel sender = new PackagesViewModel(ppkSession, "test");
    Path file = tmp.resolve("paket-1.rekap");
    sender.exportFile().set(file);
    sender.export(Centres.PASSPHRASE.toCharArray());

    Session kabSession = Centres.session(kab, Centres.CHAIR);
    KeysViewModel trust = new KeysViewModel(kabSession);
    trust.trustFile().set(tmp.resolve("ppk.pem"));
    trust.addTrusted();
    PackagesViewModel receiver = new PackagesViewModel(kabSession, "test");
    receiver.importFile().set(file);
    receiver.importPackage();
    assertThat(receiver.importResult().get()).startsWith("Diimpor");

    DashboardViewModel model = new DashboardViewModel(kabSession, new RecordingNavigator());
    assertThat(model.fromPpk(RegionLevel.KECAMATAN)).isTrue();
    model.refresh();
    assertThat(model.rows()).extracting(ProgressRow::code).containsExactly("310101", "310102");
    ProgressRow utara = model.rows().getFirst();
    assertThat(utara.fromPpk().received())
        .startsWith("paket 1 · ")
        .matches(".* WIB$")
        .doesNotContain("CN=", "T0", "Z");
    assertThat(utara.fromPpk().differences()).isEqualTo("tidak ada");
    assertThat(utara.fromPpk().adoptedHere()).isEqualTo("–");
    ProgressRow selatan = model.rows().get(1);
    assertThat(selatan.fromPpk().received()).isEqualTo("belum ada paket");
    assertThat(selatan.fromPpk().differences()).isEqualTo("–");
    // by desa the package columns are not there
    model.level().set(RegionLevel.DESA);
    assertThat(model.fromPpk(RegionLevel.DESA)).isFalse();
    assertThat(model.rows()).allMatch(r -> r.fromPpk() == null);
  }
}
