package id.rekap.core.audit;

import java.util.HexFormat;

/**
 * An order-independent digest of a set of rows (ADR 0028): the sum of their row digests, each read
 * as a 256-bit unsigned number, modulo 2^256. Adding a row's digest and subtracting it again leaves
 * the sum as it was, so a writer keeps it current from each written row's old and new digest alone,
 * and a reader recomputes it from the stored rows in any order, without a map of keys.
 */
public final class StateSum {
  /** The sum of no rows. */
  public static final String ZERO = "0".repeat(64);

  // four 64-bit limbs, most significant first, as the digest's bytes are big-endian
  private final long[] limbs = new long[4];

  /** An empty sum. */
  public StateSum() {}

  /** The sum written as {@link #hex()}; anything else is refused. */
  public static StateSum parse(String hex) {
    if (hex == null || hex.length() != 64) {
      throw new IllegalArgumentException("not a state sum: " + hex);
    }
    StateSum s = new StateSum();
    s.add(HexFormat.of().parseHex(hex), false);
    return s;
  }

  /** Adds a row digest (32 bytes). */
  public StateSum add(byte[] digest) {
    return add(digest, false);
  }

  /** Adds a row digest written in hex. */
  public StateSum add(String hexDigest) {
    return add(HexFormat.of().parseHex(hexDigest), false);
  }

  /** Takes a row digest written in hex away. */
  public StateSum subtract(String hexDigest) {
    return add(HexFormat.of().parseHex(hexDigest), true);
  }

  /** Adds another sum (the rows of two tables together). */
  public StateSum add(StateSum other) {
    long carry = 0;
    for (int i = 3; i >= 0; i--) {
      long a = limbs[i];
      long b = other.limbs[i];
      long s = a + b + carry;
      carry = carryOut(a, b, s);
      limbs[i] = s;
    }
    return this;
  }

  private StateSum add(byte[] digest, boolean negate) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("a row digest has 32 bytes, not " + digest.length);
    }
    long[] b = new long[4];
    for (int i = 0; i < 4; i++) {
      long v = 0;
      for (int j = 0; j < 8; j++) {
        v = (v << 8) | (digest[i * 8 + j] & 0xffL);
      }
      b[i] = v;
    }
    if (negate) {
      // two's complement over 256 bits: invert, then add one
      long carry = 1;
      for (int i = 3; i >= 0; i--) {
        long inv = ~b[i];
        long s = inv + carry;
        carry = (carry == 1 && s == 0) ? 1 : 0;
        b[i] = s;
      }
    }
    long carry = 0;
    for (int i = 3; i >= 0; i--) {
      long a = limbs[i];
      long s = a + b[i] + carry;
      carry = carryOut(a, b[i], s);
      limbs[i] = s;
    }
    return this;
  }

  /** Whether adding a and b (with a possible incoming carry) to s overflowed 64 bits. */
  private static long carryOut(long a, long b, long s) {
    // the carry out of an unsigned addition: the majority of the top bits of a, b and not-s
    return ((a & b) | ((a | b) & ~s)) >>> 63;
  }

  /** The sum as 64 lower-case hex digits. */
  public String hex() {
    StringBuilder b = new StringBuilder(64);
    for (long l : limbs) {
      String h = Long.toHexString(l);
      b.append("0".repeat(16 - h.length())).append(h);
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateSum s && java.util.Arrays.equals(limbs, s.limbs);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(limbs);
  }

  @Override
  public String toString() {
    return hex();
  }
}
