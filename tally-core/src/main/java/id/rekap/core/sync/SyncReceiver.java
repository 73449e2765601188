package id.rekap.core.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import id.rekap.core.common.Json;
import id.rekap.signing.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kab/kota receiver of the upward sync: HTTPS with the workspace's own certificate, one
 * endpoint that takes a recap package and answers with a signed receipt. Whatever arrives goes
 * through the {@link PackageInbox} (the same checks and import as {@code rekap package import}); a
 * request that is too large, too slow, malformed or one too many is answered with a status and
 * never reaches the store. Every delivery, accepted or refused, is logged by the {@link
 * DeliveryLog} (the audit log).
 */
public final class SyncReceiver implements AutoCloseable {
  public static final String PATH = "/rekap/v1/packages";
  private static final Logger LOG = LoggerFactory.getLogger(SyncReceiver.class);

  static {
    // The JDK server's only per-request clock: a client that dribbles its upload is cut off.
    System.setProperty(
        "sun.net.httpserver.maxReqTime",
        System.getProperty("sun.net.httpserver.maxReqTime", "300"));
    System.setProperty(
        "sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
  }

  /** Limits of one receiver. */
  public record Limits(long maxBytes, int maxConcurrent) {
    public static Limits standard() {
      // a kecamatan package of every contest is a few MB; the reader's own cap is 512 MB
      return new Limits(256L << 20, 4);
    }
  }

  /** Records what came in, in the audit log. */
  @FunctionalInterface
  public interface DeliveryLog {
    void record(String remote, String sha256, PackageInbox.Delivery delivery);
  }

  private final HttpsServer server;
  private final ExecutorService executor;
  private final Semaphore slots;
  private final Limits limits;
  private final PackageInbox inbox;
  private final DeliveryLog log;
  private final Function<byte[], byte[]> signer;
  private final String receiver;
  private final Clock clock;

  private SyncReceiver(
      HttpsServer server,
      Limits limits,
      PackageInbox inbox,
      DeliveryLog log,
      Function<byte[], byte[]> signer,
      String receiver,
      Clock clock) {
    this.server = server;
    this.limits = limits;
    this.inbox = inbox;
    this.log = log;
    this.signer = signer;
    this.receiver = receiver;
    this.clock = clock;
    this.slots = new Semaphore(limits.maxConcurrent());
    this.executor = Executors.newFixedThreadPool(limits.maxConcurrent() + 2);
  }

  /**
   * Starts serving.
   *
   * @param signer signs a receipt's JSON (detached CMS with the workspace key)
   * @param receiver this workspace's region code, written in every receipt
   */
  public static SyncReceiver start(
      InetSocketAddress address,
      SSLContext tls,
      Limits limits,
      PackageInbox inbox,
      DeliveryLog log,
      Function<byte[], byte[]> signer,
      String receiver,
      Clock clock)
      throws IOException {
    HttpsServer server = HttpsServer.create(address, 16);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    SyncReceiver r = new SyncReceiver(server, limits, inbox, log, signer, receiver, clock);
    server.setExecutor(r.executor);
    server.createContext("/", r::handle);
    server.start();
    LOG.info("receiver listening on {}", server.getAddress());
    return r;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!PATH.equals(exchange.getRequestURI().getPath())) {
        plain(exchange, 404, "not found");
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        plain(exchange, 405, "POST a recap package");
        return;
      }
      if (!slots.tryAcquire()) {
        exchange.getResponseHeaders().set("Retry-After", "5");
        plain(exchange, 503, "busy, try again");
        return;
      }
      try {
        receive(exchange);
      } finally {
        slots.release();
      }
    } catch (IOException | RuntimeException e) {
      // a broken connection or a hostile request harms neither the store nor the service
      LOG.warn("delivery aborted: {}", e.toString());
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    long length;
    try {
      length = declared == null ? -1 : Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      plain(exchange, 400, "bad Content-Length");
      return;
    }
    if (length < 0) {
      plain(exchange, 411, "Content-Length required");
      return;
    }
    if (length > limits.maxBytes()) {
      plain(exchange, 413, "package larger than " + limits.maxBytes() + " bytes");
      return;
    }
    byte[] body = readBody(exchange.getRequestBody(), length);
    if (body == null) {
      plain(exchange, 400, "body shorter than Content-Length");
      return;
    }
    String sha = Sha256.hex(body);
    PackageInbox.Delivery delivery = inbox.receive(body);
    String remote = String.valueOf(exchange.getRemoteAddress());
    log.record(remote, sha, delivery);
    Receipt receipt =
        new Receipt(
            sha,
            delivery.sequence(),
            delivery.sender(),
            delivery.result(),
            delivery.reason(),
            receiver,
            clock.instant());
    byte[] json = receipt.toJson();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("receipt", Base64.getEncoder().encodeToString(json));
    answer.put("signature", Base64.getEncoder().encodeToString(signer.apply(json)));
    byte[] out = Json.canonicalOrdered(answer).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(delivery.result().accepted() ? 200 : 422, out.length);
    try (OutputStream o = exchange.getResponseBody()) {
      o.write(out);
    }
  }

  /** Exactly {@code length} bytes, or null when the stream ends early. */
  private static byte[] readBody(InputStream in, long length) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) Math.min(length, 1 << 20));
    byte[] chunk = new byte[64 * 1024];
    long remaining = length;
    while (remaining > 0) {
      int n = in.read(chunk, 0, (int) Math.min(chunk.length, remaining));
      if (n < 0) {
        return null;
      }
      buffer.write(chunk, 0, n);
      remaining -= n;
    }
    return buffer.toByteArray();
  }

  private static void plain(HttpExchange exchange, int status, String text) throws IOException {
    byte[] out = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, out.length);
    try (OutputStream o = exchange.getResponseBody()) {
      o.write(out);
    }
  }
}
