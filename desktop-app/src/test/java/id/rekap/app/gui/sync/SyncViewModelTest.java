package id.rekap.app.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.Centres;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.WorkspaceKey;
import id.rekap.app.gui.exchange.PackagesViewModel;
import id.rekap.app.gui.keys.KeysViewModel;
import id.rekap.core.sync.OutboxStatus;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.sync.SyncSender;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.TlsContexts;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync without the toolkit or a network: the upstream registered by the chair with the pinned
 * certificate's fingerprint shown first, the outbox after an export, "send now" over a link that is
 * down (queued again with the attempt and its error), and the background sender's pause.
 */
class SyncViewModelTest {
  @TempDir Path tmp;

  @Test
  void theUpstreamIsRegisteredAndAFailedSendingIsShownInTheOutbox() throws Exception {
    try (Workspace ppk = Centres.ppk(tmp.resolve("ppk"))) {
      Session session = Centres.session(ppk, Centres.CHAIR);
      KeysViewModel keys = new KeysViewModel(session);
      char[] pass = Centres.PASSPHRASE.toCharArray();
      keys.create(pass, Centres.PASSPHRASE.toCharArray());
      Path pem = tmp.resolve("pin.pem");
      keys.exportFile().set(pem);
      keys.exportCertificate(null);
      String fingerprint = id.rekap.signing.SigningKey.fingerprint(keys.certificate().get());

      SyncDaemon daemon =
          new SyncDaemon(
              ppk,
              () -> session.user().get(),
              (upstream, content) -> {
                throw new ConnectException("Connection refused");
              },
              Centres.CLOCK,
              Runnable::run);
      SyncViewModel model = new SyncViewModel(session, daemon);
      assertThat(model.receives()).isFalse();
      model.refresh();
      assertThat(model.upstream().get()).isEqualTo("Belum didaftarkan.");
      assertThat(model.outbox()).isEmpty();
      model.sendNow();
      assertThat(model.message().get()).contains("Belum ada tujuan");

      model.certificateFile().set(pem);
      assertThat(model.fingerprint().get()).contains(fingerprint, "telepon");
      model.url().set("http://kpu-3101.local");
      model.register();
      assertThat(model.message().get()).contains("tidak sah");
      SyncViewModel operator = new SyncViewModel(Centres.session(ppk, Centres.OPERATOR), daemon);
      operator.certificateFile().set(pem);
      operator.url().set("https://kpu-3101.local:8443");
      operator.register();
      assertThat(operator.message().get()).contains("ani");
      model.url().set("https://kpu-3101.local:8443");
      model.register();
      assertThat(model.upstream().get())
          .contains("https://kpu-3101.local:8443", fingerprint, "ketua");

      PackagesViewModel packages = new PackagesViewModel(session, "test");
      packages.exportFile().set(tmp.resolve("paket.rekap"));
      packages.export(Centres.PASSPHRASE.toCharArray());
      model.refresh();
      assertThat(model.outbox()).hasSize(1);
      assertThat(model.status(model.outbox().getFirst())).isEqualTo("antre");
      model.sendNow();
      assertThat(model.message().get())
          .contains("0 terkirim, 0 ditolak, 1 menunggu", "Connection refused");
      var entry = model.outbox().getFirst();
      assertThat(entry.status()).isEqualTo(OutboxStatus.QUEUED);
      assertThat(entry.attempts()).isEqualTo(1);
      assertThat(entry.lastError()).contains("Connection refused");
      assertThat(entry.nextAttemptAt()).isNotNull();
    }
  }

  @Test
  void theBackgroundSenderWaitsAsTheCoreSays() {
    Instant now = Instant.parse("2024-02-20T10:00:00Z");
    var done = new SyncSender.Round(List.of(1), List.of(), Optional.empty(), Optional.empty(), 0);
    assertThat(SyncDaemon.pause(done, now)).isEqualTo(SyncDaemon.IDLE);
    var failed =
        new SyncSender.Round(
            List.of(), List.of(), Optional.of("down"), Optional.of(now.plusSeconds(8)), 2);
    assertThat(SyncDaemon.pause(failed, now)).isEqualTo(Duration.ofSeconds(8));
    var overdue =
        new SyncSender.Round(
            List.of(), List.of(), Optional.of("down"), Optional.of(now.minusSeconds(3)), 1);
    assertThat(SyncDaemon.pause(overdue, now)).isEqualTo(SyncDaemon.SHORTEST);
  }

  @Test
  void aKabkotaReceiverIsSwitchedOnWithTheKeyAndOff() throws IOException {
    try (Workspace kab = Centres.kabkota(tmp.resolve("kab"))) {
      Session session = Centres.session(kab, Centres.CHAIR);
      new KeysViewModel(session)
          .create(Centres.PASSPHRASE.toCharArray(), Centres.PASSPHRASE.toCharArray());
      SyncViewModel model =
          new SyncViewModel(
              session,
              new SyncDaemon(
                  kab, () -> Centres.CHAIR, (u, c) -> null, Centres.CLOCK, Runnable::run));
      assertThat(model.receives()).isTrue();
      model.port().set(0);
      model.startReceiver("salah-frasa-sandi".toCharArray());
      assertThat(model.receiving().get()).isFalse();
      assertThat(model.message().get()).contains("tidak dapat dibuka");
      model.startReceiver(Centres.PASSPHRASE.toCharArray());
      assertThat(model.receiving().get()).isTrue();
      assertThat(model.receiverState().get()).startsWith("Mendengarkan di port");
      // a hostile upload is refused, and the window says so at once
      var cert = WorkspaceKey.open(kab, Centres.PASSPHRASE.toCharArray()).certificate();
      // bytes that are not even a ZIP are refused before anything is read into the store, and
      // only counted (issue 15: garbage is not audited one by one)
      assertThat(post(model.receiverPort(), cert, "bukan paket".getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(400);
      // a ZIP that is no package is refused, and the window says so at once
      var zip = new java.io.ByteArrayOutputStream();
      try (var z = new java.util.zip.ZipOutputStream(zip)) {
        z.putNextEntry(new java.util.zip.ZipEntry("bukan-paket.txt"));
        z.write("bukan paket".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      assertThat(post(model.receiverPort(), cert, zip.toByteArray())).isEqualTo(422);
      assertThat(model.receiverState().get()).contains("ditolak");
      model.close();
      assertThat(model.receiving().get()).isFalse();
      assertThat(model.receiverState().get()).isEqualTo("Mati");
    }
  }

  /** Posts bytes to a local receiver, pinning its certificate; the HTTP status. */
  private static int post(int port, java.security.cert.X509Certificate pin, byte[] body)
      throws IOException {
    var c =
        (javax.net.ssl.HttpsURLConnection)
            java.net
                .URI
                .create("https://127.0.0.1:" + port + SyncReceiver.PATH)
                .toURL()
                .openConnection();
    c.setSSLSocketFactory(TlsContexts.pinned(pin, Centres.CLOCK).getSocketFactory());
    c.setHostnameVerifier((h, s) -> true);
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(body.length);
    try (var out = c.getOutputStream()) {
      out.write(body);
    }
    try {
      return c.getResponseCode();
    } finally {
      c.disconnect();
    }
  }
}
