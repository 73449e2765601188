package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.rekap.core.store.generated.Tables;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.sync.HttpsTransport;
import id.rekap.core.sync.PackageInbox;
import id.rekap.core.sync.Receipt;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.sync.Upstream;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.TlsContexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, acceptance 4 (on loopback, bounded in count and time): the receiver stays up. Twelve
 * slow-header and four slow-body connections do not stop a legitimate package, which is delivered
 * within 30 s, and the receiver drops each of them within seconds; 200 garbage POSTs leave at most
 * a summary event in the audit log; TLS 1.2 (CBC or not) is not spoken. The large bodies under a
 * small heap are {@link ReceiverMemoryTest}.
 */
class ReceiverUnderAttackTest {
  @TempDir java.nio.file.Path tmp;

  /** A clock ticking in real time from the tests' fixed instant (the keys are valid then). */
  private static final Clock TICKING =
      Clock.offset(
          Clock.system(ZoneOffset.UTC), Duration.between(Instant.now(), TestClock.FIXED.instant()));

  private static InetSocketAddress loopback(int port) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  /** A TCP connection from another loopback address (Linux answers on all of 127/8). */
  private static Socket from(String address, int port) throws IOException {
    Socket s = new Socket();
    s.bind(new InetSocketAddress(address, 0));
    s.connect(loopback(port), 5000);
    return s;
  }

  /** When each attacker's connection ended, in seconds since the attack began (-1 if never). */
  private final ConcurrentLinkedQueue<double[]> ends = new ConcurrentLinkedQueue<>();

  private void attack(String kind, Socket socket, long started, AtomicBoolean stop, Trickle t) {
    Thread.ofVirtual()
        .start(
            () -> {
              double end = -1;
              try (socket) {
                t.run(socket, stop);
              } catch (IOException e) {
                // the receiver closed it
              }
              if (!stop.get()) {
                end = (System.nanoTime() - started) / 1e9;
              }
              ends.add(new double[] {kind.equals("head") ? 0 : 1, end});
            });
  }

  @FunctionalInterface
  private interface Trickle {
    void run(Socket socket, AtomicBoolean stop) throws IOException;
  }

  /** Says nothing: the receiver waits for a TLS handshake that never comes. */
  private static void silent(Socket s, AtomicBoolean stop) throws IOException {
    s.setSoTimeout(40_000);
    if (s.getInputStream().read() >= 0) {
      throw new IOException("the receiver said something");
    }
  }

  /** Writes the bytes one by one, slowly, then keeps dripping, until the receiver hangs up. */
  private static void drip(Socket s, AtomicBoolean stop, byte[] start, byte[] drip)
      throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(start);
    out.flush();
    for (int i = 0; !stop.get(); i = (i + 1) % drip.length) {
      out.write(drip[i]);
      out.flush();
      try {
        Thread.sleep(400);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static SSLSocket tls(Socket raw, X509Certificate pin, int port) throws IOException {
    SSLSocket s =
        (SSLSocket)
            TlsContexts.pinned(pin, TestClock.FIXED)
                .getSocketFactory()
                .createSocket(raw, "127.0.0.1", port, true);
    s.startHandshake();
    return s;
  }

  @Test
  void slowHeadersAndSlowBodiesDoNotKeepOutALegitimatePackage() throws Exception {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      X509Certificate pin = key(kab).certificate();
      trust(kab, key(a).certificate(), tmp);
      byte[] pkg = Files.readAllBytes(export(a, tmp.resolve("310101-1.rekap"), null));
      try (SyncReceiver receiver =
          kab.receivePackages()
              .start(Workspaces.CLERK, key(kab), loopback(0), SyncReceiver.Limits.standard())) {
        int port = receiver.port();
        try {
          from("127.0.0.2", port).close();
        } catch (IOException e) {
          assumeTrue(false, "this system does not answer on 127.0.0.2");
        }
        AtomicBoolean stop = new AtomicBoolean();
        long started = System.nanoTime();
        byte[] head =
            ("POST " + SyncReceiver.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        // twelve slow heads from one address: six never handshake, six drip their headers
        for (int i = 0; i < 12; i++) {
          Socket raw = from("127.0.0.2", port);
          if (i < 6) {
            attack("head", raw, started, stop, ReceiverUnderAttackTest::silent);
          } else {
            attack(
                "head",
                raw,
                started,
                stop,
                (s, st) -> drip(tls(s, pin, port), st, head, "X-Lambat: a\r\n".getBytes()));
          }
        }
        // four slow bodies, each from its own address, a megabyte declared, a byte at a time
        byte[] body =
            ("POST "
                    + SyncReceiver.PATH
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1048576\r\n\r\nPK")
                .getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 4; i++) {
          Socket raw = from("127.0.0." + (3 + i), port);
          attack(
              "body",
              raw,
              started,
              stop,
              (s, st) -> drip(tls(s, pin, port), st, body, new byte[] {0}));
        }

        // the legitimate sender, as SyncSender would: the same transport, again after a pause
        HttpsTransport transport =
            new HttpsTransport(TICKING, Duration.ofSeconds(5), Duration.ofSeconds(20));
        Upstream upstream = new Upstream(URI.create("https://127.0.0.1:" + port), pin, "t", "t");
        id.rekap.core.sync.Transport.Response answer = null;
        while (answer == null || answer.status() != 200) {
          assertThat((System.nanoTime() - started) / 1e9)
              .as("delivered within 30 s")
              .isLessThan(30);
          try {
            answer = transport.post(upstream, pkg);
          } catch (IOException e) {
            Thread.sleep(2000);
          }
        }
        double delivered = (System.nanoTime() - started) / 1e9;
        var receipt =
            Receipt.parse(
                    Base64.getDecoder()
                        .decode(
                            id.rekap.core.common.Json.mapper()
                                .readTree(answer.body())
                                .path("receipt")
                                .asText()))
                .orElseThrow();
        assertThat(receipt.result()).isEqualTo(PackageInbox.Result.IMPORTED);
        assertThat(WorkspaceInternals.database(kab).packagesIn().all()).hasSize(1);

        // every attacker was dropped within seconds, the ones over the address's share at once
        while (ends.size() < 16 && (System.nanoTime() - started) / 1e9 < 35) {
          Thread.sleep(200);
        }
        stop.set(true);
        List<double[]> all = new ArrayList<>(ends);
        assertThat(all).hasSize(16);
        assertThat(all).allSatisfy(e -> assertThat(e[1]).isBetween(0.0, 25.0));
        assertThat(all.stream().filter(e -> e[0] == 0 && e[1] < 2).count())
            .as("at most four connections per address")
            .isGreaterThanOrEqualTo(8);
        assertThat(delivered).isLessThan(30);
      }
    }
  }

  @Test
  void twoHundredGarbagePostsLeaveOneSummaryEventInTheAuditLog() throws Exception {
    try (Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      X509Certificate pin = key(kab).certificate();
      long before = WorkspaceInternals.database(kab).dsl().fetchCount(Tables.AUDIT_EVENT);
      try (SyncReceiver receiver =
          kab.receivePackages()
              .start(Workspaces.CLERK, key(kab), loopback(0), SyncReceiver.Limits.standard())) {
        URI packages = URI.create("https://127.0.0.1:" + receiver.port() + SyncReceiver.PATH);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          byte[] garbage = ("sampah nomor " + i).getBytes(StandardCharsets.UTF_8);
          if (i % 4 == 1) {
            garbage = ("PK\u0003\u0004" + "sampah " + i).getBytes(StandardCharsets.ISO_8859_1);
          }
          URI where = i % 4 == 2 ? URI.create(packages + "/../lain") : packages;
          statuses.add(post(where, garbage, pin, i % 4 == 3));
        }
        assertThat(statuses).containsOnly(400, 422, 404, 411);
        assertThat(WorkspaceInternals.database(kab).dsl().fetchCount(Tables.AUDIT_EVENT))
            .as("nothing audited one by one")
            .isEqualTo(before);
      }
      List<String> added =
          WorkspaceInternals.database(kab)
              .dsl()
              .select(Tables.AUDIT_EVENT.ACTION)
              .from(Tables.AUDIT_EVENT)
              .orderBy(Tables.AUDIT_EVENT.SEQ)
              .offset(before)
              .fetch(Tables.AUDIT_EVENT.ACTION);
      assertThat(added).containsExactly("sync.receive.summary");
      String payload =
          WorkspaceInternals.database(kab)
              .dsl()
              .select(Tables.AUDIT_EVENT.PAYLOAD)
              .from(Tables.AUDIT_EVENT)
              .orderBy(Tables.AUDIT_EVENT.SEQ.desc())
              .limit(1)
              .fetchOne(Tables.AUDIT_EVENT.PAYLOAD);
      var counts = id.rekap.core.common.Json.mapper().readTree(payload).path("counts");
      long total = 0;
      for (var c : counts) {
        total += c.asLong();
      }
      assertThat(total).isEqualTo(200);
      assertThat(counts.path("not-a-package").asLong()).isEqualTo(50);
      assertThat(counts.path("refused-unidentified").asLong()).isEqualTo(50);
      assertThat(kab.verifyAudit().run().ok()).isTrue();
    }
  }

  private static int post(URI uri, byte[] body, X509Certificate pin, boolean chunked)
      throws IOException {
    HttpsURLConnection c = (HttpsURLConnection) uri.toURL().openConnection();
    c.setSSLSocketFactory(TlsContexts.pinned(pin, TestClock.FIXED).getSocketFactory());
    c.setHostnameVerifier((h, s) -> true);
    c.setConnectTimeout(5000);
    c.setReadTimeout(20000);
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
      }
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      if (in != null) {
        in.readAllBytes();
      }
      return status;
    } finally {
      c.disconnect();
    }
  }

  @Test
  void onlyTlsOneDotThreeIsSpoken() throws Exception {
    try (Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      try (SyncReceiver receiver =
          kab.receivePackages()
              .start(Workspaces.CLERK, key(kab), loopback(0), SyncReceiver.Limits.standard())) {
        for (String[] suites :
            new String[][] {
              {"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"},
              {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}
            }) {
          SSLContext old = SSLContext.getInstance("TLSv1.2");
          old.init(null, new X509TrustManager[] {new TrustingAnything()}, null);
          try (SSLSocket s =
              (SSLSocket) old.getSocketFactory().createSocket("127.0.0.1", receiver.port())) {
            s.setEnabledProtocols(new String[] {"TLSv1.2"});
            s.setEnabledCipherSuites(suites);
            s.setSoTimeout(10_000);
            assertThatThrownBy(s::startHandshake)
                .as(String.join(",", suites))
                .isInstanceOf(IOException.class);
          }
        }
        try (SSLSocket s =
            (SSLSocket)
                TlsContexts.pinned(key(kab).certificate(), TestClock.FIXED)
                    .getSocketFactory()
                    .createSocket("127.0.0.1", receiver.port())) {
          s.startHandshake();
          assertThat(s.getSession().getProtocol()).isEqualTo("TLSv1.3");
          assertThat(s.getSession().getCipherSuite()).matches("TLS_(AES_\\d+_GCM|CHACHA20)_.*");
        }
      }
    }
  }

  /** A client that would accept any server: only the protocol is under test. */
  private static final class TrustingAnything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String type) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String type) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
