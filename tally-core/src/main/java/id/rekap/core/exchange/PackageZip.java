package id.rekap.core.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes package entries into a ZIP with fixed timestamps, so the same content gives the same
 * bytes.
 */
final class PackageZip {
  private static final FileTime EPOCH =
      FileTime.fromMillis(315532800000L); // 1980-01-01, ZIP's epoch

  private PackageZip() {}

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setLastModifiedTime(EPOCH);
        entry.setCreationTime(EPOCH);
        entry.setLastAccessTime(EPOCH);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the package", e);
    }
    return out.toByteArray();
  }
}
