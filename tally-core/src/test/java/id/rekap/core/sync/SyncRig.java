package id.rekap.core.sync;

import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.Sha256;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import id.rekap.signing.TlsContexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A sending workspace with packages in its outbox, and a receiver (behind a {@link FaultyLink})
 * with its own key, on loopback.
 */
final class SyncRig implements AutoCloseable {
  static final Instant START = Instant.parse("2024-02-20T10:00:00Z");
  private static SigningKey receiverKey;
  private static SigningKey otherKey;

  final MutableClock clock = new MutableClock(START);
  final Workspace ws;
  final Map<String, Integer> sequences = new LinkedHashMap<>();
  final RecordingInbox inbox;
  final FaultyLink link;
  private SyncReceiver receiver;
  private final SyncReceiver.Limits limits;

  SyncRig(Path dir, int packages, Random random, SyncReceiver.Limits limits) throws IOException {
    this.ws = Workspaces.sample(dir.resolve("ppk"));
    this.limits = limits;
    var repo = WorkspaceInternals.database(ws).sync();
    for (int seq = 1; seq <= packages; seq++) {
      byte[] content = new byte[20_000 + random.nextInt(180_000)];
      random.nextBytes(content);
      // the local header's signature: the receiver takes only what starts as a ZIP
      content[0] = 'P';
      content[1] = 'K';
      content[2] = 3;
      content[3] = 4;
      String sha = Sha256.hex(content);
      sequences.put(sha, seq);
      int s = seq;
      WorkspaceInternals.database(ws)
          .transactions()
          .run(() -> repo.enqueue(s, sha, content, START));
    }
    this.inbox = new RecordingInbox(sequences);
    receiverKey(dir);
    startReceiver();
    this.link = new FaultyLink(receiver.port());
    pin(receiverKey);
  }

  /** The workspace's sync use cases on the test's clock. */
  Sync sync() {
    var db = WorkspaceInternals.database(ws);
    return new Sync(db.transactions(), db.sync(), db.auditLog(clock), clock);
  }

  /** The receiver's key, made once per test run (RSA-3072 takes a moment). */
  static synchronized SigningKey receiverKey(Path dir) {
    if (receiverKey == null) {
      receiverKey = key(dir.resolve("receiver.p12"), "KPU KAB. ADM. KEPULAUAN SERIBU", "3101");
      otherKey = key(dir.resolve("other.p12"), "PENYAMAR", "3101");
    }
    return receiverKey;
  }

  static synchronized SigningKey otherKey(Path dir) {
    receiverKey(dir);
    return otherKey;
  }

  private static SigningKey key(Path file, String name, String region) {
    return SigningKey.create(
        file,
        "kunci-penerima-uji".toCharArray(),
        new TallyCentre(name, "kabkota", region, "pemilu-2024"),
        Clock.fixed(START.minusSeconds(3600), java.time.ZoneOffset.UTC));
  }

  /** Registers the upstream as the chair would (straight in the store: no user needed here). */
  void pin(SigningKey key) {
    var upstream =
        new Upstream(
            URI.create("https://127.0.0.1:" + link.port()), key.certificate(), "test", "now");
    WorkspaceInternals.database(ws)
        .transactions()
        .run(() -> WorkspaceInternals.database(ws).sync().setUpstream(upstream));
  }

  void startReceiver() {
    try {
      SigningKey key = receiverKey;
      if (key == null) {
        throw new IllegalStateException("receiver key first");
      }
      receiver =
          SyncReceiver.start(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
              TlsContexts.server(key),
              limits,
              inbox,
              json -> CmsSignature.sign(json, key, clock),
              "3101",
              clock);
      if (link != null) {
        link.target(receiver.port());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void stopReceiver() {
    receiver.close();
  }

  int receiverPort() {
    return receiver.port();
  }

  HttpsTransport transport() {
    return new HttpsTransport(
        clock, java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5));
  }

  @Override
  public void close() throws IOException {
    receiver.close();
    link.close();
    ws.close();
  }
}
