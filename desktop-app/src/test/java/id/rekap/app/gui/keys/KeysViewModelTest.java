package id.rekap.app.gui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Centres;
import id.rekap.app.gui.Session;
import id.rekap.core.trust.TrustList;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys and trust without the toolkit: a key made once with the passphrase twice, its certificate
 * shown and exported as PEM (with the passphrase when locked), and the trust list kept by the
 * chair.
 */
class KeysViewModelTest {
  @TempDir Path tmp;

  private static char[] pass() {
    return Centres.PASSPHRASE.toCharArray();
  }

  @Test
  void aKeyIsCreatedShownAndItsCertificateExported() throws Exception {
    try (Workspace ws = Centres.kabkota(tmp.resolve("kab"))) {
      Session session = Centres.session(ws, Centres.CHAIR);
      KeysViewModel model = new KeysViewModel(session);
      model.refresh();
      assertThat(model.hasKey().get()).isFalse();
      assertThat(model.facts()).extracting(KeysViewModel.Fact::value).contains("Belum ada kunci");
      model.create(pass(), "frasa-sandi-lain".toCharArray());
      assertThat(model.message().get()).contains("tidak sama");
      model.create("pendek".toCharArray(), "pendek".toCharArray());
      assertThat(model.message().get()).contains("minimal 10");
      model.create(pass(), pass());
      assertThat(model.hasKey().get()).isTrue();
      String fingerprint = SigningKey.fingerprint(model.certificate().get());
      assertThat(model.message().get()).contains(fingerprint);
      assertThat(model.facts())
          .extracting(KeysViewModel.Fact::value)
          .contains(fingerprint)
          .anyMatch(v -> v.contains("CN=KPU 3101"))
          .anyMatch(v -> v.contains("kabkota 3101"));
      model.exportFile().set(tmp.resolve("out/kab.pem"));
      model.exportCertificate(null);
      assertThat(SigningKey.fingerprint(TrustList.read(tmp.resolve("out/kab.pem"))))
          .isEqualTo(fingerprint);

      KeysViewModel later = new KeysViewModel(session);
      later.refresh();
      assertThat(later.hasKey().get()).isTrue();
      assertThat(later.facts())
          .extracting(KeysViewModel.Fact::value)
          .anyMatch(v -> v.contains("terkunci"));
      assertThat(later.exportNeedsPassphrase()).isTrue();
      later.exportFile().set(tmp.resolve("out/again.pem"));
      later.exportCertificate("salah-frasa-sandi".toCharArray());
      assertThat(later.message().get()).contains("tidak dapat dibuka");
      assertThat(tmp.resolve("out/again.pem")).doesNotExist();
      later.exportCertificate(pass());
      assertThat(Files.readString(tmp.resolve("out/again.pem")))
          .isEqualTo(Files.readString(tmp.resolve("out/kab.pem")));
      later.unlock(pass());
      assertThat(later.certificate().get()).isNotNull();
      model.create(pass(), pass());
      assertThat(model.message().get()).contains("sudah ada");
    }
  }

  @Test
  void theChairAddsAndRemovesTrustedCertificatesAndAnOperatorMayNot() throws Exception {
    Path pem;
    try (Workspace ppk = Centres.ppk(tmp.resolve("ppk"))) {
      KeysViewModel own = new KeysViewModel(Centres.session(ppk, Centres.CHAIR));
      own.create(pass(), pass());
      pem = tmp.resolve("ppk.pem");
      own.exportFile().set(pem);
      own.exportCertificate(null);
    }
    try (Workspace kab = Centres.kabkota(tmp.resolve("kab"))) {
      KeysViewModel operator = new KeysViewModel(Centres.session(kab, Centres.OPERATOR));
      operator.trustFile().set(pem);
      operator.addTrusted();
      assertThat(operator.message().get()).contains("ani");
      assertThat(kab.trust().list()).isEmpty();

      KeysViewModel chair = new KeysViewModel(Centres.session(kab, Centres.CHAIR));
      chair.refresh();
      chair.trustFile().set(pem);
      chair.trustNote().set("dari Ketua PPK lewat USB");
      chair.addTrusted();
      assertThat(chair.trust()).hasSize(1);
      assertThat(chair.trust().getFirst().active()).isTrue();
      assertThat(chair.trust().getFirst().subject()).contains("CN=PPK UTARA");
      assertThat(chair.message().get()).contains("Ditambahkan");
      chair.trustFile().set(pem);
      chair.addTrusted();
      assertThat(chair.message().get()).contains("sudah ada");
      chair.removeTrusted(chair.trust().getFirst());
      assertThat(chair.trust()).hasSize(1);
      assertThat(chair.trust().getFirst().active()).as("kept as history").isFalse();
      assertThat(kab.trust().certificates()).isEmpty();
    }
  }
}
