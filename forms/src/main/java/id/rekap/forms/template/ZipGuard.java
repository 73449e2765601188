package id.rekap.forms.template;

import id.rekap.core.common.RekapException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inflates every entry of an XLSX once, counting real bytes (sizes in the ZIP headers can lie),
 * before POI opens it: a zip bomb stops at the limit after a fraction of a second, and a part with
 * a document type declaration (the only door to entity expansion and external entities; OOXML never
 * has one) is refused even before POI's hardened parsers see it.
 */
final class ZipGuard {
  static final long MAX_FILE_BYTES = 32L << 20;
  static final long MAX_INFLATED_BYTES = 256L << 20;
  static final int MAX_ENTRIES = 1_000;

  /**
   * Beyond 1 MB, an entry may inflate at most 100 times its compressed size: POI's own default
   * (ZipSecureFile's minimum inflate ratio 0.01), checked here first so the message says why.
   */
  static final long RATIO_FLOOR_BYTES = 1L << 20;

  static final int MAX_RATIO = 100;
  private static final byte[][] FORBIDDEN = {ascii("<!DOCTYPE"), ascii("<!ENTITY")};

  private ZipGuard() {}

  static void check(Path file) throws IOException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw RekapException.badInput("template.error.tooLarge", file, MAX_FILE_BYTES + " B");
    }
    long total = 0;
    int entries = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      byte[] buf = new byte[64 * 1024];
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        if (++entries > MAX_ENTRIES) {
          throw RekapException.badInput("template.error.tooLarge", file, MAX_ENTRIES + " entries");
        }
        int overlap = 0;
        long inflated = 0;
        long compressed = e.getCompressedSize();
        try (InputStream in = zip.getInputStream(e)) {
          // the last bytes of the previous read are kept in front, so a marker split across
          // two reads is still found
          for (int n = in.read(buf, 16, buf.length - 16);
              n > 0;
              n = in.read(buf, 16, buf.length - 16)) {
            total += n;
            inflated += n;
            boolean ratio =
                inflated > RATIO_FLOOR_BYTES
                    && compressed >= 0
                    && inflated > compressed * MAX_RATIO;
            if (total > MAX_INFLATED_BYTES || ratio) {
              throw RekapException.badInput("template.error.zipBomb", file, e.getName());
            }
            if (containsForbidden(buf, 16 - overlap, 16 + n)) {
              throw RekapException.badInput("template.error.doctype", file, e.getName());
            }
            int keep = Math.min(16, n);
            System.arraycopy(buf, 16 + n - keep, buf, 16 - keep, keep);
            overlap = keep;
          }
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw RekapException.badInput("template.error.corrupt", file, e.getMessage());
    }
  }

  private static boolean containsForbidden(byte[] buf, int from, int to) {
    for (byte[] marker : FORBIDDEN) {
      outer:
      for (int i = from; i + marker.length <= to; i++) {
        for (int j = 0; j < marker.length; j++) {
          if (buf[i + j] != marker[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
