package id.rekap.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The request line and headers of one HTTP/1.1 request, read byte by byte within a byte limit: the
 * receiver reads nothing more until it knows the request is one it serves, so a hostile header
 * (endless, folded, duplicated) costs a few kilobytes at most.
 */
record HttpRequestHead(String method, String target, Map<String, String> headers) {
  static final int MAX_LINES = 64;

  /** Why a request head was not read. */
  static final class Refused extends IOException {
    final int status;
    final String reason;

    Refused(int status, String reason) {
      super(reason);
      this.status = status;
      this.reason = reason;
    }
  }

  /** The path of the target, without a query. */
  String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** A header by its name in any case, or null. */
  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Reads up to the empty line ending the headers.
   *
   * @throws Refused 431 for a head over the limit, 400 for a malformed one
   * @throws java.io.EOFException when the connection ends before the head does
   */
  static HttpRequestHead read(InputStream in, int maxBytes) throws IOException {
    int[] budget = {maxBytes};
    String requestLine = line(in, budget);
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3
        || !parts[0].matches("[A-Z]{1,16}")
        || !parts[1].startsWith("/")
        || !parts[2].matches("HTTP/1\\.[01]")) {
      throw new Refused(400, "malformed request line");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int n = 0; ; n++) {
      String line = line(in, budget);
      if (line.isEmpty()) {
        return new HttpRequestHead(parts[0], parts[1], headers);
      }
      if (n >= MAX_LINES) {
        throw new Refused(431, "too many header lines");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
        throw new Refused(400, "malformed header line");
      }
      String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      String before = headers.putIfAbsent(name, value);
      if (before != null && !before.equals(value)) {
        // two different lengths (or anything else) could be read two ways: refuse it
        throw new Refused(400, "header " + name + " given twice");
      }
    }
  }

  /** One line without its CRLF (or LF); only printable ASCII and tabs. */
  private static String line(InputStream in, int[] budget) throws IOException {
    StringBuilder b = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new java.io.EOFException("connection ended in the request head");
      }
      if (--budget[0] < 0) {
        throw new Refused(431, "request head too large");
      }
      if (c == '\n') {
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == '\r') {
          b.setLength(end - 1);
        }
        return b.toString();
      }
      if (c != '\r' && c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new Refused(400, "control or non-ASCII byte in the request head");
      }
      b.append((char) c);
    }
  }
}
