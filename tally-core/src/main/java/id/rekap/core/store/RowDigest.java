package id.rekap.core.store;

import id.rekap.signing.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The digest of one stored row, the same whether it is taken from the values a statement writes
 * (the {@link StateTrigger}) or from the row read back ({@link StateReader}): SHA-256 over the
 * table name and each bound column's name and value, each value tagged with its kind and length, so
 * no two different rows frame to the same bytes.
 */
final class RowDigest {
  /** A table's layout: the column names in table order, which form the key, which are digested. */
  record Layout(String table, List<String> columns, int[] key, boolean[] digested, byte[][] heads) {
    static Layout of(BoundTables.Bound bound, List<String> columns) {
      int[] key = new int[bound.key().size()];
      for (int k = 0; k < key.length; k++) {
        key[k] = columns.indexOf(bound.key().get(k));
        if (key[k] < 0) {
          throw new IllegalStateException("no key column " + bound.key().get(k) + " in " + bound);
        }
      }
      boolean[] digested = new boolean[columns.size()];
      for (int i = 0; i < digested.length; i++) {
        digested[i] = !bound.unbound().contains(columns.get(i));
      }
      // each digested column's framing ("\n" name "=") encoded once, not once per row
      byte[][] heads = new byte[columns.size()][];
      for (int i = 0; i < heads.length; i++) {
        heads[i] = ("\n" + columns.get(i) + "=").getBytes(StandardCharsets.US_ASCII);
      }
      return new Layout(bound.table(), List.copyOf(columns), key, digested, heads);
    }

    /** The row's key: its key columns' values joined with '|'. */
    String key(Object[] row) {
      StringBuilder b = new StringBuilder(40);
      for (int k = 0; k < key.length; k++) {
        if (k > 0) {
          b.append('|');
        }
        b.append(text(row[key[k]]));
      }
      return b.toString();
    }

    /** The row's digest (hex). */
    String digest(Object[] row) {
      return Sha256.hex(digested(row));
    }

    /** The row's digest (its 32 bytes, for a {@link id.rekap.core.audit.StateSum}). */
    byte[] digestBytes(Object[] row) {
      return digested(row).digest();
    }

    private MessageDigest digested(Object[] row) {
      // a digest per thread: looking one up in the providers for every row of a regency was a
      // measurable part of the opening check; digest() resets it for the next row
      MessageDigest md = DIGEST.get();
      md.update(table.getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < row.length; i++) {
        if (digested[i]) {
          md.update(heads[i]);
          value(md, row[i]);
        }
      }
      return md;
    }
  }

  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(Sha256::newDigest);

  private RowDigest() {}

  /** Lower-case column names from metadata, in table order. */
  static List<String> lower(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    return out;
  }

  private static void value(MessageDigest md, Object v) {
    switch (v) {
      case null -> md.update((byte) 'N');
      case Integer i -> tagged(md, 'I', Long.toString(i).getBytes(StandardCharsets.US_ASCII));
      case Long l -> tagged(md, 'I', Long.toString(l).getBytes(StandardCharsets.US_ASCII));
      case Short s -> tagged(md, 'I', Long.toString(s).getBytes(StandardCharsets.US_ASCII));
      case Boolean b -> tagged(md, 'B', new byte[] {(byte) (b ? '1' : '0')});
      case String s -> tagged(md, 'S', s.getBytes(StandardCharsets.UTF_8));
      case byte[] bytes -> tagged(md, 'X', bytes);
      case Clob c -> tagged(md, 'S', clob(c).getBytes(StandardCharsets.UTF_8));
      case Blob b -> tagged(md, 'X', blob(b));
      default -> tagged(md, 'O', v.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void tagged(MessageDigest md, char tag, byte[] bytes) {
    md.update((byte) tag);
    md.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    md.update((byte) ':');
    md.update(bytes);
  }

  private static String text(Object v) {
    return switch (v) {
      case null -> "";
      case Clob c -> clob(c);
      default -> v.toString();
    };
  }

  private static String clob(Clob c) {
    try {
      return c.getSubString(1, (int) c.length());
    } catch (SQLException e) {
      throw new IllegalStateException("unreadable CLOB", e);
    }
  }

  private static byte[] blob(Blob b) {
    try {
      return b.getBytes(1, (int) b.length());
    } catch (SQLException e) {
      throw new IllegalStateException("unreadable BLOB", e);
    }
  }
}
