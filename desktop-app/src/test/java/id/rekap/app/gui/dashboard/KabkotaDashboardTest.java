package id.rekap.app.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Centres;
import id.rekap.app.gui.RecordingNavigator;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.exchange.PackagesViewModel;
import id.rekap.app.gui.keys.KeysViewModel;
import id.rekap.core.adoption.Adoptions;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §6: the KPU Kabupaten/Kota dashboard shows per kecamatan the PPK's package in force (its
 * number, signer and time in the local zone), whether that package says the PPK adopted the
 * kecamatan, its R22 differences and whether the kecamatan is adopted here; a kecamatan without a
 * package says so.
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
    assertThat(utara.fromPpk().adoptedAtPpk()).isEqualTo("belum");
    ProgressRow selatan = model.rows().get(1);
    assertThat(selatan.fromPpk().received()).isEqualTo("belum ada paket");
    assertThat(selatan.fromPpk().differences()).isEqualTo("–");
    assertThat(selatan.fromPpk().adoptedAtPpk()).isEqualTo("–");

    // the PPK of Selatan adopts its kecamatan in its plenary, then sends its package
    try (Workspace selatanPpk = Centres.ppk(tmp.resolve("ppk-selatan"), "310102", "PPK SELATAN")) {
      Session selatanSession = Centres.session(selatanPpk, Centres.CHAIR);
      KeysViewModel selatanKeys = new KeysViewModel(selatanSession);
      selatanKeys.create(Centres.PASSPHRASE.toCharArray(), Centres.PASSPHRASE.toCharArray());
      selatanKeys.exportFile().set(tmp.resolve("selatan.pem"));
      selatanKeys.exportCertificate(null);
      trust.trustFile().set(tmp.resolve("selatan.pem"));
      trust.addTrusted();
      adoptKecamatan(selatanPpk, "310102");
      PackagesViewModel selatanSender = new PackagesViewModel(selatanSession, "test");
      Path selatanFile = tmp.resolve("paket-selatan.rekap");
      selatanSender.exportFile().set(selatanFile);
      selatanSender.export(Centres.PASSPHRASE.toCharArray());
      assertThat(selatanFile).as(selatanSender.message().get()).exists();
      receiver.importFile().set(selatanFile);
      receiver.importPackage();
      assertThat(receiver.importResult().get()).startsWith("Diimpor");
    }
    model.refresh();
    selatan = model.rows().get(1);
    assertThat(selatan.fromPpk().received()).startsWith("paket 1 · ");
    assertThat(selatan.fromPpk().adoptedAtPpk()).isEqualTo("ditetapkan");
    // adopted at the PPK is not adopted here
    assertThat(selatan.fromPpk().adoptedHere()).isEqualTo("–");
    assertThat(model.rows().getFirst().fromPpk().adoptedAtPpk()).isEqualTo("belum");
    // by desa the package columns are not there
    model.level().set(RegionLevel.DESA);
    assertThat(model.fromPpk(RegionLevel.DESA)).isFalse();
    assertThat(model.rows()).allMatch(r -> r.fromPpk() == null);
  }

  /**
   * The PPK's plenary adopts desa by desa, recording a ruling on every TPS its findings hold back,
   * then the kecamatan.
   */
  private static void adoptKecamatan(Workspace ppk, String kec) {
    for (PlanItem desa : ppk.adoptions().preview(ContestCode.PPWP, kec, Map.of()).items()) {
      if (desa.code().length() != 10) {
        continue;
      }
      Map<String, String> rulings = new HashMap<>();
      for (PlanItem tps :
          ppk.adoptions().preview(ContestCode.PPWP, desa.code(), Map.of()).leftOut()) {
        if (tps.rulable()) {
          rulings.put(tps.code(), "Pleno PPK: angka dibaca dari plano");
        }
      }
      ppk.adoptions()
          .decide(
              Centres.CHAIR,
              new Adoptions.Request(
                  ContestCode.PPWP, desa.code(), "Pleno PPK", rulings, false, null));
    }
    var decided =
        ppk.adoptions()
            .decide(
                Centres.CHAIR,
                new Adoptions.Request(ContestCode.PPWP, kec, "Pleno PPK", Map.of(), false, null));
    assertThat(decided.plan().complete()).isTrue();
  }
}
