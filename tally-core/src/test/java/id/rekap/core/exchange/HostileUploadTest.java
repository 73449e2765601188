package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.entries;
import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.PackageInbox;
import id.rekap.core.sync.Receipt;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.CanonicalZip;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.TlsContexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, acceptance 4: oversized, malformed, unsigned and otherwise wrong uploads get a clear
 * status (a signed refusal when the import refused them), the store takes nothing, and the receiver
 * keeps serving. Since issue 15 the refusals of what nobody trusted are counted in one summary
 * event rather than logged one by one.
 */
class HostileUploadTest {
  @TempDir Path tmp;

  /** An HTTP answer: status and body. */
  record Answer(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyHostileUploadIsAnsweredAndTheReceiverKeepsServing() throws Exception {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      X509Certificate kabCert = key(kab).certificate();
      trust(kab, key(a).certificate(), tmp);
      Path good = export(a, tmp.resolve("310101-1.rekap"), null);
      byte[] goodBytes = Files.readAllBytes(good);
      var limits = new SyncReceiver.Limits(goodBytes.length + 1024L, 1);
      try (SyncReceiver receiver =
          kab.receivePackages()
              .start(
                  Workspaces.CLERK,
                  key(kab),
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                  limits)) {
        URI base = URI.create("https://127.0.0.1:" + receiver.port());
        URI packages = base.resolve(SyncReceiver.PATH);

        // an oversized upload is refused on its declared length, before any byte of its body
        assertThat(headersOnly(base, kabCert, goodBytes.length + 4096L))
            .as("oversized")
            .isEqualTo(413);
        // (small bodies: the receiver drains what it does not read, so the answer arrives)
        assertThat(post(packages, "PK".getBytes(StandardCharsets.US_ASCII), kabCert, true).status())
            .as("no Content-Length")
            .isEqualTo(411);
        assertThat(post(base.resolve("/lain"), new byte[16], kabCert, false).status())
            .isEqualTo(404);
        assertThat(get(packages, kabCert).status()).isEqualTo(405);

        // not even a ZIP: refused without an import and without a receipt
        Answer malformed =
            post(packages, "bukan paket".getBytes(StandardCharsets.UTF_8), kabCert, false);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("not a recap package");
        Receipt truncated =
            refused(
                post(
                    packages,
                    "PK\u0003\u0004 bukan paket".getBytes(StandardCharsets.UTF_8),
                    kabCert,
                    false));
        assertThat(truncated.reason()).contains("ZIP");
        Map<String, byte[]> unsignedEntries = new LinkedHashMap<>(entries(good));
        unsignedEntries.remove(ExportPackage.SIGNATURE);
        Receipt unsigned =
            refused(
                post(
                    packages,
                    CanonicalZip.write(new LinkedHashMap<>(unsignedEntries)),
                    kabCert,
                    false));
        assertThat(unsigned.reason()).contains("tidak bertanda tangan");

        // one upload at a time here: a second one while the first dribbles in is told to wait
        try (SSLSocket slow = openSlowUpload(base, kabCert, goodBytes.length)) {
          // probing with an oversized declared length: 413 while a slot is free, so a probe
          // changes nothing
          assertThat(waitForBusy(base, kabCert, goodBytes.length + 4096L)).isEqualTo(503);
          assertThat(slow.isConnected()).isTrue();
        }

        assertThat(WorkspaceInternals.database(kab).packagesIn().all())
            .as("the store took nothing")
            .isEmpty();
        assertThat(
                WorkspaceInternals.database(kab)
                    .dsl()
                    .fetchCount(
                        id.rekap.core.store.generated.Tables.AUDIT_EVENT,
                        id.rekap.core.store.generated.Tables.AUDIT_EVENT.ACTION.like("sync.%")))
            .as("a stranger's refused deliveries are counted, not logged one by one")
            .isZero();

        Answer ok = post(packages, goodBytes, kabCert, false);
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(receipt(ok).result()).isEqualTo(PackageInbox.Result.IMPORTED);
        assertThat(WorkspaceInternals.database(kab).packagesIn().all()).hasSize(1);

        // the trusted sender's package refused (its sequence is not above the one in force): the
        // sender is known, so this refusal is an audit event of its own
        Path again =
            PackageFixtures.resign(
                good,
                tmp.resolve("310101-1-lagi.rekap"),
                key(a),
                e -> e,
                m -> {
                  m.put("reason", "dikirim lagi");
                  return m;
                });
        Receipt old = refused(post(packages, Files.readAllBytes(again), kabCert, false));
        assertThat(old.reason()).contains("urutan");
        assertThat(
                WorkspaceInternals.database(kab)
                    .dsl()
                    .fetch(
                        "select payload from audit_event where action = 'sync.receive'"
                            + " order by seq")
                    .getValues(0, String.class))
            .hasSize(2)
            .last()
            .asString()
            .contains("\"result\":\"refused\"");
      }
    }
  }

  private static Receipt refused(Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(422);
    Receipt r = receipt(answer);
    assertThat(r.result()).isEqualTo(PackageInbox.Result.REFUSED);
    return r;
  }

  /** The receipt of an answer, after checking its signature. */
  private static Receipt receipt(Answer answer) {
    try {
      JsonNode n = Json.mapper().readTree(answer.body());
      byte[] json = Base64.getDecoder().decode(n.path("receipt").asText());
      byte[] sig = Base64.getDecoder().decode(n.path("signature").asText());
      assertThat(CmsSignature.verify(json, sig).intact()).isTrue();
      return Receipt.parse(json).orElseThrow();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static HttpsURLConnection open(URI uri, X509Certificate pin) throws IOException {
    HttpsURLConnection c = (HttpsURLConnection) uri.toURL().openConnection();
    c.setSSLSocketFactory(TlsContexts.pinned(pin, TestClock.FIXED).getSocketFactory());
    c.setHostnameVerifier((h, s) -> true);
    c.setConnectTimeout(5000);
    c.setReadTimeout(30000);
    return c;
  }

  private static Answer post(URI uri, byte[] body, X509Certificate pin, boolean chunked)
      throws IOException {
    HttpsURLConnection c = open(uri, pin);
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    if (chunked) {
      c.setChunkedStreamingMode(4096);
    } else {
      c.setFixedLengthStreamingMode(body.length);
    }
    try {
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      } catch (IOException e) {
        // the receiver may answer (413) and close before the whole body is sent
      }
      return answer(c);
    } finally {
      c.disconnect();
    }
  }

  private static Answer get(URI uri, X509Certificate pin) throws IOException {
    HttpsURLConnection c = open(uri, pin);
    try {
      return answer(c);
    } finally {
      c.disconnect();
    }
  }

  private static Answer answer(HttpsURLConnection c) throws IOException {
    int status = c.getResponseCode();
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    return new Answer(status, in == null ? new byte[0] : in.readAllBytes());
  }

  /** Starts an upload that declares its length but sends only a few bytes, and keeps it open. */
  private static SSLSocket openSlowUpload(URI base, X509Certificate pin, int length)
      throws IOException {
    SSLSocket s =
        (SSLSocket)
            TlsContexts.pinned(pin, TestClock.FIXED)
                .getSocketFactory()
                .createSocket(base.getHost(), base.getPort());
    s.startHandshake();
    OutputStream out = s.getOutputStream();
    out.write(
        ("POST "
                + SyncReceiver.PATH
                + " HTTP/1.1\r\nHost: "
                + base.getHost()
                + "\r\nContent-Length: "
                + length
                + "\r\n\r\nPK")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return s;
  }

  /** The slow upload takes its slot as soon as the receiver reads its headers. */
  private static int waitForBusy(URI base, X509Certificate pin, long length) throws Exception {
    int last = 0;
    for (int i = 0; i < 50; i++) {
      last = headersOnly(base, pin, length);
      if (last == 503) {
        return last;
      }
      Thread.sleep(100);
    }
    return last;
  }

  /**
   * Sends only the request line and headers of an upload and reads the status the receiver answers
   * without waiting for the body (so no unsent body can turn the answer into a reset).
   */
  private static int headersOnly(URI base, X509Certificate pin, long length) throws IOException {
    try (SSLSocket s =
        (SSLSocket)
            TlsContexts.pinned(pin, TestClock.FIXED)
                .getSocketFactory()
                .createSocket(base.getHost(), base.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST "
                  + SyncReceiver.PATH
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      StringBuilder line = new StringBuilder();
      InputStream in = s.getInputStream();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        line.append((char) c);
      }
      String[] parts = line.toString().split(" ");
      return Integer.parseInt(parts[1]);
    }
  }
}
