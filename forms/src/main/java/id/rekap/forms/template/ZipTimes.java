package id.rekap.forms.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a ZIP with every entry stamped with one fixed time, for reproducible output. */
final class ZipTimes {
  private ZipTimes() {}

  static void normalize(InputStream in, OutputStream out, long time) throws IOException {
    ZipOutputStream zout = new ZipOutputStream(out);
    try (ZipInputStream zin = new ZipInputStream(in)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        zout.putNextEntry(copy);
        zin.transferTo(zout);
        zout.closeEntry();
      }
    }
    zout.finish();
  }
}
