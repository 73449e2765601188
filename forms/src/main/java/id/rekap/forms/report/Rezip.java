package id.rekap.forms.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (an OOXML package) entry by entry with one fixed timestamp, so the same content
 * gives the same bytes: POI stamps the wall clock into every entry otherwise.
 */
final class Rezip {
  private Rezip() {}

  static void normalize(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
    // DOS time cannot hold dates before 1980
    LocalDateTime stamp = time.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : time;
    // the caller owns (and closes) out, so the zip stream is finished, not closed
    ZipOutputStream zout = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(stamp);
        zout.putNextEntry(copy);
        in.transferTo(zout);
        zout.closeEntry();
      }
    }
    zout.finish();
  }
}
