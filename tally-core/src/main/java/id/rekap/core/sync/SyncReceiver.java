// Over 400 lines: the HTTPS receiver's server loop and the one request it serves (ADR 0020); its
// parts already live in HttpRequestHead, BodySpool, ConnectionGate and RefusalCount, and the
// connection handling could be split from the request dispatch.
package id.rekap.core.sync;

import id.rekap.core.common.Json;
import id.rekap.core.exchange.VerifyPackage;
import id.rekap.core.setup.WorkspaceLevel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kab/kota receiver of the upward sync: a small HTTP/1.1 server over TLS 1.3 with the
 * workspace's own certificate and one endpoint that takes a recap package and answers with a signed
 * receipt (ADR 0020). It stays up under a hostile network: a connection gets a few seconds for its
 * TLS handshake and request head and must then keep its body coming at a minimum rate; one address
 * holds only a few connections and all of them only so many; a body is streamed to a bounded
 * temporary file, never held in memory, and imports run one at a time. Whatever arrives goes
 * through the {@link PackageInbox} (the same checks and import as {@code rekap package import}). A
 * delivery that changed the store, or a trusted sender's refused package, is an audit event of its
 * own, recorded by the inbox; every other refusal is only counted, and the counts are one summary
 * event now and then ({@link PackageInbox#refusalsCounted}).
 */
public final class SyncReceiver implements AutoCloseable {
  public static final String PATH = "/rekap/v1/packages";
  private static final Logger LOG = LoggerFactory.getLogger(SyncReceiver.class);
  private static final int MAX_HEAD = 8 * 1024;
  private static final long DRAIN = 64 * 1024;

  /** The largest package a receiver may take: the largest file a package reader accepts. */
  public static final long LARGEST_PACKAGE = VerifyPackage.LARGEST_FILE;

  /**
   * Limits of one receiver.
   *
   * @param maxBytes the largest package taken (a kecamatan's package is a few MB, a kab/kota's up
   *     to a few hundred)
   * @param maxUploads bodies received at once (each up to maxBytes on disk)
   * @param maxConnections connections held at once, in all
   * @param maxPerAddress connections held at once from one remote address
   * @param headTimeout for the TLS handshake and the request head, from the connection on
   * @param readTimeout the longest silence while reading, and the grace before the rate counts
   * @param minBytesPerSecond the slowest a body may come once the grace has passed
   * @param summaryEvery how often counted refusals become a summary event
   */
  public record Limits(
      long maxBytes,
      int maxUploads,
      int maxConnections,
      int maxPerAddress,
      Duration headTimeout,
      Duration readTimeout,
      long minBytesPerSecond,
      Duration summaryEvery) {
    /** The standard limits with another package size and number of uploads at once. */
    public Limits(long maxBytes, int maxUploads) {
      this(
          maxBytes,
          maxUploads,
          32,
          4,
          Duration.ofSeconds(10),
          Duration.ofSeconds(10),
          16 * 1024,
          Duration.ofMinutes(15));
    }

    public static Limits standard() {
      return new Limits(64L << 20, 8);
    }

    /**
     * The standard limits for a workspace receiving the packages of the level below it. A KPU
     * Provinsi receives kab/kota packages that carry every TPS row of a regency: Kab. Bogor's is
     * about 350 MB (issue 20 §3), so its largest package is the largest file a package may be (512
     * MB); a kab/kota receives one kecamatan's package at a time, well within 64 MB.
     */
    public static Limits standardFor(WorkspaceLevel receiving) {
      return receiving == WorkspaceLevel.PROVINSI
          ? standard().withMaxBytes(LARGEST_PACKAGE)
          : standard();
    }

    /** These limits with another largest package (rekap serve --max-mb). */
    public Limits withMaxBytes(long bytes) {
      return new Limits(
          bytes,
          maxUploads,
          maxConnections,
          maxPerAddress,
          headTimeout,
          readTimeout,
          minBytesPerSecond,
          summaryEvery);
    }
  }

  private final SSLServerSocket server;
  private final Limits limits;
  private final PackageInbox inbox;
  private final Function<byte[], byte[]> signer;
  private final String receiver;
  private final Clock clock;
  private final ConnectionGate gate;
  private final Semaphore uploads;
  private final ReentrantLock imports = new ReentrantLock(true);
  private final RefusalCount refusals = new RefusalCount();
  private final ScheduledExecutorService timer;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Path spool;
  private volatile boolean closed;

  private SyncReceiver(
      SSLServerSocket server,
      Limits limits,
      PackageInbox inbox,
      Function<byte[], byte[]> signer,
      String receiver,
      Clock clock) {
    this.server = server;
    this.limits = limits;
    this.inbox = inbox;
    this.signer = signer;
    this.receiver = receiver;
    this.clock = clock;
    this.gate = new ConnectionGate(limits.maxConnections(), limits.maxPerAddress());
    this.uploads = new Semaphore(limits.maxUploads());
    this.spool = Path.of(System.getProperty("java.io.tmpdir"));
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rekap-receiver-timer");
              t.setDaemon(true);
              return t;
            });
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
      Function<byte[], byte[]> signer,
      String receiver,
      Clock clock)
      throws IOException {
    SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
    try {
      id.rekap.signing.TlsContexts.restrict(server);
      server.setReuseAddress(true);
      server.bind(address, 64);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    SyncReceiver r = new SyncReceiver(server, limits, inbox, signer, receiver, clock);
    long every = limits.summaryEvery().toMillis();
    r.timer.scheduleAtFixedRate(r::summarise, every, every, TimeUnit.MILLISECONDS);
    Thread accept = new Thread(r::acceptLoop, "rekap-receiver");
    accept.setDaemon(true);
    accept.start();
    LOG.info("receiver listening on {}", server.getLocalSocketAddress());
    return r;
  }

  public int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      LOG.debug("closing the receiver: {}", e.toString());
    }
    open.forEach(SyncReceiver::quietly);
    timer.shutdownNow();
    summarise();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("accepting a connection failed: {}", e.toString());
        }
        continue;
      }
      InetAddress from = socket.getInetAddress();
      switch (gate.admit(from)) {
        case FULL -> refuseConnection(socket, "busy");
        case ADDRESS_FULL -> refuseConnection(socket, "busy-address");
        case ADMITTED ->
            Thread.ofVirtual()
                .name("rekap-receiver-connection")
                .start(
                    () -> {
                      open.add(socket);
                      try {
                        serve((SSLSocket) socket);
                      } finally {
                        open.remove(socket);
                        quietly(socket);
                        gate.release(from);
                      }
                    });
      }
    }
  }

  private void refuseConnection(Socket socket, String reason) {
    count(reason);
    quietly(socket);
  }

  private void serve(SSLSocket socket) {
    // the handshake and the request head get a few seconds in all, however the bytes trickle
    ScheduledFuture<?> deadline =
        timer.schedule(
            () -> quietly(socket), limits.headTimeout().toMillis(), TimeUnit.MILLISECONDS);
    HttpRequestHead head;
    InputStream in;
    try {
      socket.setSoTimeout((int) limits.readTimeout().toMillis());
      socket.startHandshake();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      head = HttpRequestHead.read(in, MAX_HEAD);
    } catch (HttpRequestHead.Refused e) {
      deadline.cancel(false);
      early(socket, null, e.status, e.reason, e.status == 431 ? "head-too-large" : "bad-request");
      return;
    } catch (IOException e) {
      count(deadline.isDone() && !deadline.isCancelled() ? "head-timeout" : "head-broken");
      return;
    }
    if (!deadline.cancel(false)) {
      count("head-timeout");
      return;
    }
    try {
      route(socket, in, head);
    } catch (IOException | RuntimeException e) {
      count("broken");
      LOG.debug("delivery aborted: {}", e.toString());
    }
  }

  private void route(SSLSocket socket, InputStream in, HttpRequestHead head) throws IOException {
    if (!PATH.equals(head.path())) {
      early(socket, in, 404, "not found", "not-found");
      return;
    }
    if (!"POST".equals(head.method())) {
      early(socket, in, 405, "POST a recap package", "method");
      return;
    }
    if (!uploads.tryAcquire()) {
      early(socket, in, 503, "busy, try again", "busy-uploads");
      return;
    }
    try {
      checkLength(socket, in, head);
    } finally {
      uploads.release();
    }
  }

  /** The declared length, checked before a byte of the body is read; then the body. */
  private void checkLength(SSLSocket socket, InputStream in, HttpRequestHead head)
      throws IOException {
    String declared = head.header("content-length");
    if (declared == null || head.header("transfer-encoding") != null) {
      early(socket, in, 411, "Content-Length required", "length-missing");
      return;
    }
    long length;
    try {
      length = Long.parseLong(declared);
    } catch (NumberFormatException e) {
      length = -1;
    }
    if (length < 0) {
      early(socket, in, 400, "bad Content-Length", "length-bad");
      return;
    }
    if (length > limits.maxBytes()) {
      early(socket, in, 413, "package larger than " + limits.maxBytes() + " bytes", "too-large");
      return;
    }
    receive(socket, in, length);
  }

  private void receive(SSLSocket socket, InputStream in, long length) throws IOException {
    BodySpool.Spooled body;
    try {
      body = BodySpool.read(in, length, spool, limits.readTimeout(), limits.minBytesPerSecond());
    } catch (BodySpool.TooSlow e) {
      count("body-too-slow");
      return;
    } catch (java.io.EOFException e) {
      count("body-short");
      return;
    } catch (java.net.SocketTimeoutException e) {
      count("body-silent");
      return;
    }
    try {
      if (!body.zip()) {
        // not even a ZIP: no package, nothing to import and nobody to answer with a receipt
        respond(socket, 400, "text/plain; charset=utf-8", text("not a recap package"), false);
        count("not-a-package");
        return;
      }
      String remote = String.valueOf(socket.getRemoteSocketAddress());
      PackageInbox.Delivery delivery;
      imports.lock();
      try {
        delivery = inbox.receive(remote, body.file(), body.sha256());
      } finally {
        imports.unlock();
      }
      if (!delivery.audited()) {
        count(delivery.result().accepted() ? "unchanged" : "refused-unidentified");
      }
      answer(socket, body.sha256(), delivery);
    } finally {
      Files.deleteIfExists(body.file());
    }
  }

  private void answer(SSLSocket socket, String sha, PackageInbox.Delivery delivery)
      throws IOException {
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
    respond(socket, delivery.result().accepted() ? 200 : 422, "application/json", out, false);
  }

  /**
   * Answers a request refused before its body, then reads (and drops) a little of what the client
   * may still be sending, so that a small body's sender reads the answer rather than a reset.
   */
  private void early(SSLSocket socket, InputStream in, int status, String why, String reason) {
    count(reason);
    try {
      respond(socket, status, "text/plain; charset=utf-8", text(why), status == 503);
      if (in != null) {
        socket.setSoTimeout(1000);
        long left = DRAIN;
        byte[] scratch = new byte[8192];
        int n;
        while (left > 0 && (n = in.read(scratch, 0, (int) Math.min(scratch.length, left))) > 0) {
          left -= n;
        }
      }
    } catch (IOException e) {
      // the client went away: nothing more to say
    }
  }

  private static void respond(
      Socket socket, int status, String type, byte[] body, boolean retryLater) throws IOException {
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + phrase(status)
            + "\r\nContent-Type: "
            + type
            + "\r\nContent-Length: "
            + body.length
            + (retryLater ? "\r\nRetry-After: 5" : "")
            + "\r\nConnection: close\r\n\r\n";
    var out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static String phrase(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 411 -> "Length Required";
      case 413 -> "Content Too Large";
      case 422 -> "Unprocessable Content";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void count(String reason) {
    refusals.add(reason, clock.instant());
    LOG.debug("refused: {}", reason);
  }

  /** Writes the counted refusals as one summary event (and one log line). */
  private void summarise() {
    refusals
        .drain(clock.instant())
        .ifPresent(
            s -> {
              LOG.info("receiver refusals {} .. {}: {}", s.from(), s.to(), s.counts());
              imports.lock();
              try {
                inbox.refusalsCounted(s.from(), s.to(), s.counts());
              } catch (RuntimeException e) {
                LOG.warn("the refusal summary was not recorded: {}", e.toString());
              } finally {
                imports.unlock();
              }
            });
  }

  private static void quietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
