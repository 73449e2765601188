package id.rekap.app.gui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Centres;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.keys.KeysViewModel;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages without the toolkit: a PPK exports signed packages (a later one with its reason); the
 * kab/kota sees each verified (signer, intact, trusted, problems) and what the import did: refused
 * while the signer is not trusted, then imported, unchanged, superseded; every version listed.
 */
class PackagesViewModelTest {
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

  @Test
  void exportedPackagesAreVerifiedImportedAndSuperseded() {
    Session ppkSession = Centres.session(ppk, Centres.CHAIR);
    PackagesViewModel sender = new PackagesViewModel(ppkSession, "test");
    assertThat(sender.receives()).isFalse();
    Path first = tmp.resolve("out/paket-1.rekap");
    sender.exportFile().set(first);
    sender.export(pass());
    assertThat(sender.message().get()).contains("Belum ada kunci", "keys init");
    KeysViewModel keys = new KeysViewModel(ppkSession);
    keys.create(pass(), pass());
    keys.exportFile().set(tmp.resolve("ppk.pem"));
    keys.exportCertificate(null);
    sender.exportFile().set(first);
    sender.export(pass());
    assertThat(sender.message().get()).contains("Paket nomor 1", first.toString());
    assertThat(first).exists();
    assertThat(ppk.sync().outbox()).hasSize(1);

    Session kabSession = Centres.session(kab, Centres.CHAIR);
    PackagesViewModel receiver = new PackagesViewModel(kabSession, "test");
    assertThat(receiver.receives()).isTrue();
    receiver.importFile().set(first);
    receiver.importPackage();
    Verification untrusted = receiver.verification().get();
    assertThat(untrusted.signer()).isEqualTo("PPK UTARA");
    assertThat(untrusted.level()).isEqualTo("kecamatan");
    assertThat(untrusted.region()).isEqualTo("310101");
    assertThat(untrusted.intact()).isTrue();
    assertThat(untrusted.trusted()).isFalse();
    assertThat(receiver.importResult().get()).startsWith("Ditolak:");
    assertThat(receiver.received()).isEmpty();

    KeysViewModel trust = new KeysViewModel(kabSession);
    trust.trustFile().set(tmp.resolve("ppk.pem"));
    trust.addTrusted();
    receiver.importPackage();
    assertThat(receiver.verification().get().trusted()).isTrue();
    assertThat(receiver.verification().get().problems()).isEmpty();
    assertThat(receiver.importResult().get())
        .startsWith("Diimpor: kecamatan 310101 (PPK UTARA), urutan 1");
    assertThat(receiver.received()).hasSize(1);
    assertThat(receiver.selected().get().sequence()).isEqualTo(1);
    receiver.importPackage();
    assertThat(receiver.importResult().get()).startsWith("Tidak berubah");

    Path second = tmp.resolve("out/paket-2.rekap");
    sender.exportFile().set(second);
    sender.reason().set("koreksi TPS 004 setelah pleno");
    sender.export(pass());
    assertThat(sender.message().get()).contains("Paket nomor 2");
    receiver.importFile().set(second);
    receiver.importPackage();
    assertThat(receiver.importResult().get()).startsWith("Menggantikan").contains("menggantikan 1");
    receiver.refresh();
    assertThat(receiver.received()).hasSize(2);
    var newest = receiver.received().getFirst();
    assertThat(newest.sequence()).isEqualTo(2);
    assertThat(newest.reason()).isEqualTo("koreksi TPS 004 setelah pleno");
    assertThat(receiver.state(newest)).isEqualTo("berlaku");
    assertThat(receiver.state(receiver.received().get(1))).isEqualTo("diganti");
    receiver.selected().set(newest);
    assertThat(receiver.discrepancies()).isEqualTo(newest.discrepancies());
  }

  @Test
  void aDamagedPackageShowsItsProblems() throws Exception {
    Session ppkSession = Centres.session(ppk, Centres.CHAIR);
    new KeysViewModel(ppkSession).create(pass(), pass());
    PackagesViewModel sender = new PackagesViewModel(ppkSession, "test");
    Path file = tmp.resolve("paket.rekap");
    sender.exportFile().set(file);
    sender.export(pass());
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x01;
    Path bad = tmp.resolve("rusak.rekap");
    java.nio.file.Files.write(bad, bytes);
    PackagesViewModel receiver = new PackagesViewModel(Centres.session(kab, Centres.CHAIR), "test");
    receiver.importFile().set(bad);
    receiver.importPackage();
    assertThat(receiver.verification().get().intact()).isFalse();
    assertThat(receiver.verification().get().problems()).isNotEmpty();
    assertThat(receiver.importResult().get()).startsWith("Ditolak:");
  }
}
