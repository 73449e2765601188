package id.rekap.core.result;

import java.nio.ByteBuffer;

/**
 * A stored {@link AdminBlock} for places that keep whole forms as one value (keyed entries):
 * version byte 1, then one 4-byte count per {@link AdminField} in order, {@code -1} for null.
 */
public final class AdminCodec {
  private static final byte VERSION = 1;
  private static final int FIELDS = AdminField.values().length;

  private AdminCodec() {}

  public static byte[] encode(AdminBlock admin) {
    ByteBuffer buf = ByteBuffer.allocate(1 + FIELDS * 4);
    buf.put(VERSION);
    for (AdminField f : AdminField.values()) {
      Integer v = admin.get(f);
      buf.putInt(v == null ? -1 : v);
    }
    return buf.array();
  }

  public static AdminBlock decode(byte[] bytes) {
    if (bytes.length != 1 + FIELDS * 4 || bytes[0] != VERSION) {
      throw new IllegalStateException("unknown stored admin format");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
    int[] values = new int[FIELDS];
    for (int i = 0; i < FIELDS; i++) {
      values[i] = buf.getInt();
    }
    return AdminBlock.fromStored(values);
  }
}
