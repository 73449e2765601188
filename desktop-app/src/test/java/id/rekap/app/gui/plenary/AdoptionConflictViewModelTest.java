package id.rekap.app.gui.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Centres;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.exchange.PackagesViewModel;
import id.rekap.app.gui.keys.KeysViewModel;
import id.rekap.core.adoption.PlanItem;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3 at kab/kota level in the app: the KPU corrects a TPS after the PPK's package, then
 * the PPK's next package says otherwise; the adoption preview of the kecamatan holds that TPS and
 * says what conflicts, offers the package's numbers, and the chair's ruling lets it in.
 */
class AdoptionConflictViewModelTest {
  static final String KEC = "310101";
  static final String TPS = "3101011001002";
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

  private static char[] pass() {
    return Centres.PASSPHRASE.toCharArray();
  }

  /** A recount moving votes from candidate 2 to 1: other numbers, still adding up. */
  private static void recount(Workspace ws, int moved) {
    var tally =
        ws.recap().run(ContestCode.PPWP, RecapLevel.TPS).stream()
            .filter(r -> r.code().equals(TPS))
            .findFirst()
            .orElseThrow()
            .tally();
    ws.corrections()
        .correct(
            Centres.CHAIR,
            new Corrections.Request(
                new TpsCode(TPS),
                ContestCode.PPWP,
                Map.of(
                    "choices.1",
                    Math.toIntExact(tally.votes(1) + moved),
                    "choices.2",
                    Math.toIntExact(tally.votes(2) - moved)),
                "hitung ulang disaksikan",
                Evidence.RECOUNT,
                "saksi paslon 01"));
  }

  @Test
  void aPackageThatConflictsWithACorrectionHereIsNamedAndTheChairRulesOnIt() {
    Session ppkSession = Centres.session(ppk, Centres.CHAIR);
    KeysViewModel keys = new KeysViewModel(ppkSession);
    keys.create(pass(), pass());
    keys.exportFile().set(tmp.resolve("ppk.pem"));
    keys.exportCertificate(null);
    PackagesViewModel sender = new PackagesViewModel(ppkSession, "test");
    Session kabSession = Centres.session(kab, Centres.CHAIR);
    KeysViewModel trust = new KeysViewModel(kabSession);
    trust.trustFile().set(tmp.resolve("ppk.pem"));
    trust.addTrusted();
    PackagesViewModel receiver = new PackagesViewModel(kabSession, "test");
    sender.exportFile().set(tmp.resolve("1.rekap"));
    sender.export(pass());
    receiver.importFile().set(tmp.resolve("1.rekap"));
    receiver.importPackage();
    assertThat(receiver.importResult().get()).startsWith("Diimpor");

    recount(kab, 5); // the KPU's plenary corrects the TPS after the package: no conflict
    recount(ppk, 2); // the PPK corrects it too, otherwise, and sends package 2
    sender.exportFile().set(tmp.resolve("2.rekap"));
    sender.reason().set("hitung ulang TPS 002");
    sender.export(pass());
    receiver.importFile().set(tmp.resolve("2.rekap"));
    receiver.importPackage();
    assertThat(receiver.importResult().get()).startsWith("Menggantikan");

    PlenaryViewModel plenary = new PlenaryViewModel(kabSession);
    AdoptionViewModel model = plenary.adoption();
    plenary.focus(ContestCode.PPWP, KEC);
    PlanItem held =
        model.items().stream().filter(i -> i.code().equals(TPS)).findFirst().orElseThrow();
    assertThat(held.status()).isEqualTo(PlanItem.Status.BLOCKED);
    assertThat(model.why(held))
        .isEqualTo(
            "angka paket PPK berbeda dengan angka di sini (koreksi pleno) tanpa keputusan pleno");
    assertThat(model.queue())
        .filteredOn(q -> q.code().equals(KEC))
        .singleElement()
        .satisfies(q -> assertThat(q.conflicts()).isEqualTo(1));

    model.selected().set(held);
    assertThat(model.packageConflict().get()).as("the package's way out is offered").isTrue();
    assertThat(model.target().get()).isEqualTo("TPS 31.01.01.1001.002");
    model.words().set("Pleno KPU: koreksi berdasarkan plano dipertahankan");
    model.rule();
    assertThat(plenary.message().get()).startsWith("Keputusan pleno untuk TPS 31.01.01.1001.002");
    PlanItem now =
        model.items().stream().filter(i -> i.code().equals(TPS)).findFirst().orElseThrow();
    assertThat(now.status()).isEqualTo(PlanItem.Status.ADOPT);
    assertThat(model.why(now))
        .isEqualTo("dengan keputusan pleno: Pleno KPU: koreksi berdasarkan plano dipertahankan");
    assertThat(kab.verifyAudit().run().ok()).isTrue();
  }
}
