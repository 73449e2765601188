package id.rekap.core.exchange;

import id.rekap.core.common.RekapException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a package with limits, counting real bytes (sizes in ZIP headers can lie): a hostile ZIP
 * (thousands of entries, path traversal names, an oversized entry, a zip bomb) is refused while
 * reading, before it fills the memory.
 */
final class PackageUnzip {
  /**
   * The bounds. An entry may inflate at most {@code ratio} times the compressed bytes it took once
   * past {@code ratioFloor}. Deflate cannot exceed about 1,030:1, which a bomb of zeros reaches; a
   * package's JSON compresses 10–30 times, and even rows that repeat each other almost entirely
   * (all-null party-list forms) stay near 100, hence 400. An entry may hold 512 MB: a kab/kota's
   * {@code results.json} carries every TPS row of its region for a province, and Kab. Bogor's alone
   * is 282 MB at the full scale of the province benchmark (issue 20 §3); the file stays within 512
   * MB.
   */
  record Limits(
      int entries, long entryBytes, long totalBytes, long fileBytes, int ratio, long ratioFloor) {
    static final Limits STANDARD =
        new Limits(1000, 512L << 20, 1L << 30, VerifyPackage.LARGEST_FILE, 400, 8L << 20);
  }

  private PackageUnzip() {}

  static Map<String, byte[]> unpack(byte[] zipBytes, Object file, Limits limits) {
    if (zipBytes.length > limits.fileBytes()) {
      throw RekapException.badInput(
          "input.error.tooLarge", file, zipBytes.length, limits.fileBytes());
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    long total = 0;
    Counting counted = new Counting(new ByteArrayInputStream(zipBytes));
    try (ZipInputStream zip = new ZipInputStream(counted)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (out.size() >= limits.entries()) {
          throw RekapException.badInput("package.error.entries", file, limits.entries());
        }
        if (name.isEmpty()
            || name.startsWith("/")
            || name.contains("..")
            || name.contains("\\")
            || name.contains(":")
            || e.isDirectory()
            || out.containsKey(name)) {
          throw RekapException.badInput("package.error.name", file, name);
        }
        long start = counted.count;
        EntryBuffer buf = new EntryBuffer(initialSize(e.getSize(), zipBytes.length, limits));
        byte[] chunk = new byte[64 * 1024];
        int n;
        while ((n = zip.read(chunk)) > 0) {
          total += n;
          if (buf.size() + (long) n > limits.entryBytes() || total > limits.totalBytes()) {
            throw RekapException.badInput("package.error.size", file, name, limits.entryBytes());
          }
          long inflated = buf.size() + (long) n;
          long compressed = Math.max(1, counted.count - start);
          if (inflated > limits.ratioFloor() && inflated > compressed * limits.ratio()) {
            throw RekapException.badInput("package.error.bomb", file, name, limits.ratio());
          }
          buf.write(chunk, 0, n);
        }
        out.put(name, buf.toByteArray());
      }
    } catch (IOException | IllegalArgumentException ex) {
      throw RekapException.badInput("package.error.zip", file, ex.getMessage());
    }
    if (out.isEmpty()) {
      throw RekapException.badInput("package.error.zip", file, "no entries");
    }
    return out;
  }

  /**
   * Room for an entry from the size its header states, so a large entry (a kab/kota's rows, 282 MB
   * for Kab. Bogor) is inflated into one array of its size, neither doubled on the way nor copied
   * at the end (together about 2.5 times the entry, ADR 0042). The header can lie: it only sizes
   * the first array, at most 32 times the file's bytes and never more than an entry may hold; the
   * bytes really inflated are counted against the limits as before.
   */
  static int initialSize(long stated, long fileBytes, Limits limits) {
    if (stated <= 0) {
      return 8192;
    }
    long cap = Math.min(limits.entryBytes(), Math.min(fileBytes * 32, Integer.MAX_VALUE - 16));
    return (int) Math.min(stated, cap);
  }

  /** A byte buffer that hands over its array without a copy when the entry filled it exactly. */
  private static final class EntryBuffer extends ByteArrayOutputStream {
    EntryBuffer(int size) {
      super(size);
    }

    @Override
    public synchronized byte[] toByteArray() {
      return count == buf.length ? buf : super.toByteArray();
    }
  }

  /** Counts the compressed bytes the inflater has taken. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
