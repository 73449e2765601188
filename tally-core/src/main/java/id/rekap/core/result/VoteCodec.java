package id.rekap.core.result;

import java.nio.ByteBuffer;

/**
 * The stored form of {@link Votes}: version byte 1, then for each cell a 4-byte key and a 4-byte
 * count ({@code -1} = null), big-endian, sorted by key. Self-describing, so a stored row does not
 * depend on the order of candidates in the election definition.
 */
public final class VoteCodec {
  private static final byte VERSION = 1;

  private VoteCodec() {}

  public static byte[] encode(Votes votes) {
    ByteBuffer buf = ByteBuffer.allocate(1 + votes.size() * 8);
    buf.put(VERSION);
    for (int i = 0; i < votes.size(); i++) {
      buf.putInt(votes.keyAt(i)).putInt(votes.rawAt(i));
    }
    return buf.array();
  }

  public static Votes decode(byte[] bytes) {
    if (bytes.length == 0 || bytes[0] != VERSION || (bytes.length - 1) % 8 != 0) {
      throw new IllegalStateException("unknown stored vote format");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
    int n = (bytes.length - 1) / 8;
    int[] keys = new int[n];
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = buf.getInt();
      values[i] = buf.getInt();
      if (i > 0 && keys[i] <= keys[i - 1]) {
        throw new IllegalStateException("stored votes not sorted");
      }
    }
    return Votes.ofSorted(keys, values);
  }
}
