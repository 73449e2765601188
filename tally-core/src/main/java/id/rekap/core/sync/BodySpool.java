package id.rekap.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A request body of known length streamed to a temporary file (owner-only, deleted by the caller),
 * its SHA-256 computed on the way; never held whole in memory. The sender must keep up a minimum
 * rate once a short grace has passed, so a body trickled in byte by byte cannot hold an upload slot
 * for minutes.
 */
final class BodySpool {
  private BodySpool() {}

  /** The spooled body: where, its digest, and whether it starts as a ZIP does. */
  record Spooled(Path file, String sha256, boolean zip) {}

  /** The body came too slowly. */
  static final class TooSlow extends IOException {
    TooSlow(long received, long seconds) {
      super(received + " bytes in " + seconds + " s");
    }
  }

  static Spooled read(
      InputStream in, long length, Path folder, Duration grace, long minBytesPerSecond)
      throws IOException {
    Path file = Files.createTempFile(folder, "rekap-terima-", ".part");
    boolean done = false;
    try {
      MessageDigest sha = id.rekap.signing.Sha256.newDigest();
      byte[] head = new byte[4];
      int headBytes = 0;
      long start = System.nanoTime();
      long received = 0;
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(file)) {
        while (received < length) {
          int n = in.read(chunk, 0, (int) Math.min(chunk.length, length - received));
          if (n < 0) {
            throw new java.io.EOFException("body shorter than Content-Length");
          }
          for (int i = 0; i < n && headBytes < head.length; i++) {
            head[headBytes++] = chunk[i];
          }
          sha.update(chunk, 0, n);
          out.write(chunk, 0, n);
          received += n;
          long elapsed = System.nanoTime() - start;
          long late = elapsed - grace.toNanos();
          if (late > 0 && received < minBytesPerSecond * late / 1_000_000_000L) {
            throw new TooSlow(received, elapsed / 1_000_000_000L);
          }
        }
      }
      boolean zip =
          headBytes == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
      done = true;
      return new Spooled(file, HexFormat.of().formatHex(sha.digest()), zip);
    } finally {
      if (!done) {
        Files.deleteIfExists(file);
      }
    }
  }
}
