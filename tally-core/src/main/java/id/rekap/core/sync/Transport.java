package id.rekap.core.sync;

import java.io.IOException;

/** How the sender reaches the upstream: HTTPS in production, anything in tests. */
@FunctionalInterface
public interface Transport {
  /** Posts a package; an {@link IOException} is a failed attempt, to be retried later. */
  Response post(Upstream upstream, byte[] content) throws IOException;

  /** The upstream's answer: HTTP status and body. */
  record Response(int status, byte[] body) {}
}
