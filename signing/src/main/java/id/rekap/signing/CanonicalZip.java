package id.rekap.signing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.zip.CRC32;

/**
 * The one ZIP layout in which Rekap writes signed containers (recap packages and signed XLSX):
 * every entry STORED (no compression), UTF-8 names, the ZIP epoch as timestamp, no extra fields, no
 * comments, no data descriptors, entries in the given order, the central directory right after the
 * last entry.
 *
 * <p>Why: a signature covers the entries' contents, not the ZIP's own bookkeeping (timestamps,
 * attributes, comments, compression slack). A reader that tolerated any layout would let such bytes
 * change unnoticed. Here every byte of the file is a function of the entry names and contents, so
 * {@link #read} can demand that the file is exactly {@link #write} of what it contains: any change
 * to a header is then a change of layout, and any change to an entry's bytes breaks its CRC-32
 * (which detects every change of up to 32 bits) before the signature is even looked at.
 */
public final class CanonicalZip {
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final short VERSION = 10; // 1.0: stored entries need nothing newer
  private static final short UTF8_NAMES = 0x0800;
  private static final short DOS_DATE_1980_01_01 = 0x0021;
  private static final int LOCAL_HEADER = 30;
  private static final int CENTRAL_HEADER = 46;
  private static final int END_RECORD = 22;
  private static final int MAX_ENTRIES = 0xFFFF;

  private CanonicalZip() {}

  /** The canonical ZIP of the entries, in their order. */
  public static byte[] write(SequencedMap<String, byte[]> entries) {
    List<Entry> list = new ArrayList<>(entries.size());
    for (var e : entries.entrySet()) {
      list.add(new Entry(e.getKey(), e.getValue(), 0, e.getValue().length, crc(e.getValue())));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    layout(
        list,
        new Sink() {
          @Override
          public void put(byte[] bytes, int from, int length) {
            out.write(bytes, from, length);
          }

          @Override
          public long size() {
            return out.size();
          }
        });
    return out.toByteArray();
  }

  /** An entry's name and its bytes, as a range of an array (of its own, or of the file read). */
  private record Entry(String name, byte[] bytes, int from, int length, int crc) {}

  /** Where the layout goes: into a new file, or compared with a file read. */
  private interface Sink {
    void put(byte[] bytes, int from, int length);

    long size();
  }

  /** Every byte of the canonical ZIP of the entries, in order, into the sink. */
  private static void layout(List<Entry> entries, Sink out) {
    if (entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("too many entries: " + entries.size());
    }
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Entry e : entries) {
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      int crc = e.crc();
      long offset = out.size();
      if (offset + LOCAL_HEADER + name.length + (long) e.length() > 0xFFFF_FFFEL) {
        throw new IllegalArgumentException("the container would need ZIP64");
      }
      ByteBuffer local = header(LOCAL_HEADER + name.length);
      local.putInt(LOCAL).putShort(VERSION);
      common(local, crc, e.length(), name.length);
      local.put(name);
      out.put(local.array(), 0, local.capacity());
      out.put(e.bytes(), e.from(), e.length());
      ByteBuffer cen = header(CENTRAL_HEADER + name.length);
      cen.putInt(CENTRAL).putShort(VERSION).putShort(VERSION);
      common(cen, crc, e.length(), name.length);
      cen.putShort((short) 0) // comment length
          .putShort((short) 0) // disk number
          .putShort((short) 0) // internal attributes
          .putInt(0) // external attributes
          .putInt((int) offset)
          .put(name);
      central.writeBytes(cen.array());
    }
    long centralOffset = out.size();
    out.put(central.toByteArray(), 0, central.size());
    ByteBuffer end = header(END_RECORD);
    end.putInt(END)
        .putShort((short) 0)
        .putShort((short) 0)
        .putShort((short) entries.size())
        .putShort((short) entries.size())
        .putInt(central.size())
        .putInt((int) centralOffset)
        .putShort((short) 0);
    out.put(end.array(), 0, end.capacity());
  }

  /**
   * Compares the layout with a file read, byte for byte, without writing a second file: a province
   * reads kab/kota packages of several hundred MB (ADR 0042).
   */
  private static final class Comparing implements Sink {
    private final byte[] file;
    private long at;
    private boolean same = true;

    Comparing(byte[] file) {
      this.file = file;
    }

    @Override
    public void put(byte[] bytes, int from, int length) {
      if (!same || at + length > file.length) {
        same = false;
      } else if (bytes != file || from != at) {
        same = Arrays.equals(bytes, from, from + length, file, (int) at, (int) at + length);
      }
      at += length;
    }

    @Override
    public long size() {
      return at;
    }

    boolean matches() {
      return same && at == file.length;
    }
  }

  /** Flags, method, time, date, CRC, sizes, name and extra lengths: the same in both headers. */
  private static void common(ByteBuffer b, int crc, int size, int nameLength) {
    b.putShort(UTF8_NAMES)
        .putShort((short) 0) // STORED
        .putShort((short) 0) // 00:00:00
        .putShort(DOS_DATE_1980_01_01)
        .putInt(crc)
        .putInt(size)
        .putInt(size)
        .putShort((short) nameLength)
        .putShort((short) 0); // no extra field
  }

  /**
   * The entries of a canonical ZIP, in file order.
   *
   * @throws UnreadableFileException when the file is not a ZIP in exactly the canonical layout, or
   *     an entry's CRC-32 does not match its bytes
   */
  public static SequencedMap<String, byte[]> read(byte[] zip) {
    SequencedMap<String, byte[]> entries = new LinkedHashMap<>();
    for (Entry e : checked(zip)) {
      entries.put(e.name(), Arrays.copyOfRange(e.bytes(), e.from(), e.from() + e.length()));
    }
    return entries;
  }

  /**
   * Checks that the file is a canonical ZIP, as {@link #read} does, without copying its entries.
   *
   * @throws UnreadableFileException when the file is not a ZIP in exactly the canonical layout, or
   *     an entry's CRC-32 does not match its bytes
   */
  public static void check(byte[] zip) {
    checked(zip);
  }

  /** The entries as ranges of the file, once the file is shown to be their canonical ZIP. */
  private static List<Entry> checked(byte[] zip) {
    List<Entry> entries = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Central c : centralDirectory(zip)) {
      long dataAt = c.localOffset() + LOCAL_HEADER + c.nameLength();
      need(zip, dataAt, c.size());
      CRC32 crc = new CRC32();
      crc.update(zip, (int) dataAt, (int) c.size());
      if ((int) crc.getValue() != c.crc()) {
        throw new UnreadableFileException("ZIP: entry " + c.name() + " does not match its CRC-32");
      }
      if (!names.add(c.name())) {
        throw new UnreadableFileException("ZIP: duplicate entry " + c.name());
      }
      entries.add(new Entry(c.name(), zip, (int) dataAt, (int) c.size(), c.crc()));
    }
    Comparing same = new Comparing(zip);
    layout(entries, same);
    if (!same.matches()) {
      throw new UnreadableFileException(
          "ZIP: not in the canonical layout of signed files (headers, order or extra bytes differ)");
    }
    return entries;
  }

  /**
   * The entry names of the central directory, without checking the entries themselves: enough to
   * tell what kind of container a (possibly damaged) file is.
   *
   * @throws UnreadableFileException when there is no readable central directory
   */
  public static List<String> names(byte[] zip) {
    return centralDirectory(zip).stream().map(Central::name).toList();
  }

  private record Central(String name, int nameLength, int crc, long size, long localOffset) {}

  private static List<Central> centralDirectory(byte[] zip) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    if (zip.length < END_RECORD || b.getInt(zip.length - END_RECORD) != END) {
      throw new UnreadableFileException("ZIP: no end record at the end of the file");
    }
    int count = Short.toUnsignedInt(b.getShort(zip.length - END_RECORD + 10));
    long at = Integer.toUnsignedLong(b.getInt(zip.length - END_RECORD + 16));
    List<Central> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      need(zip, at, CENTRAL_HEADER);
      int p = (int) at;
      if (b.getInt(p) != CENTRAL) {
        throw new UnreadableFileException("ZIP: damaged central directory");
      }
      int nameLength = Short.toUnsignedInt(b.getShort(p + 28));
      need(zip, at + CENTRAL_HEADER, nameLength);
      String name =
          utf8(Arrays.copyOfRange(zip, p + CENTRAL_HEADER, p + CENTRAL_HEADER + nameLength));
      out.add(
          new Central(
              name,
              nameLength,
              b.getInt(p + 16),
              Integer.toUnsignedLong(b.getInt(p + 24)),
              Integer.toUnsignedLong(b.getInt(p + 42))));
      at += CENTRAL_HEADER + nameLength;
    }
    return out;
  }

  private static void need(byte[] zip, long at, long length) {
    if (at < 0 || length < 0 || at + length > zip.length) {
      throw new UnreadableFileException("ZIP: an offset or size points outside the file");
    }
  }

  private static String utf8(byte[] name) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(name))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException("ZIP: an entry name is not UTF-8");
    }
  }

  private static int crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return (int) crc.getValue();
  }

  private static ByteBuffer header(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
