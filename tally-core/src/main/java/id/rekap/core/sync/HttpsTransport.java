package id.rekap.core.sync;

import id.rekap.signing.TlsContexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;

/**
 * Posts packages over HTTPS to the pinned upstream. The host name is not checked: the pin (the
 * exact certificate registered at setup) is the trust, whatever address the office uses.
 */
public final class HttpsTransport implements Transport {
  /** An answer larger than this is not a receipt. */
  static final int MAX_ANSWER = 1 << 20;

  private final Clock clock;
  private final Duration connectTimeout;
  private final Duration readTimeout;

  public HttpsTransport(Clock clock, Duration connectTimeout, Duration readTimeout) {
    this.clock = clock;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  @Override
  public Response post(Upstream upstream, byte[] content) throws IOException {
    var url = upstream.url().resolve(SyncReceiver.PATH).toURL();
    HttpsURLConnection c = (HttpsURLConnection) url.openConnection();
    try {
      c.setSSLSocketFactory(TlsContexts.pinned(upstream.certificate(), clock).getSocketFactory());
      c.setHostnameVerifier((host, session) -> true);
      c.setConnectTimeout((int) connectTimeout.toMillis());
      c.setReadTimeout((int) readTimeout.toMillis());
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(content.length);
      c.setRequestProperty("Content-Type", "application/zip");
      try (OutputStream out = c.getOutputStream()) {
        out.write(content);
      }
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      return new Response(status, in == null ? new byte[0] : bounded(in));
    } finally {
      c.disconnect();
    }
  }

  private static byte[] bounded(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int n;
      while ((n = in.read(chunk)) >= 0) {
        out.write(chunk, 0, n);
        if (out.size() > MAX_ANSWER) {
          throw new IOException("answer too large");
        }
      }
      return out.toByteArray();
    }
  }
}
