package id.rekap.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * TPS numbers as a clerk reads them on an annex: runs of three or more consecutive numbers as a
 * range ("001–045"), the rest one by one, and a long list cut into pieces short enough for one
 * table row, so that a desa with hundreds of TPS never makes a cell taller than the page. Exact:
 * every number given is in exactly one item, and no other number is.
 */
final class TpsRanges {
  /** The dash between the ends of a range. */
  static final String DASH = "–";

  private TpsRanges() {}

  /**
   * "001, 002, 003, 005" as the items "001–003", "005"; a number that is not three digits (no TPS
   * code has one, but a form must never fail on it) is an item of its own, after the others.
   */
  static List<String> items(List<String> numbers) {
    TreeSet<Integer> sorted = new TreeSet<>();
    TreeSet<String> other = new TreeSet<>();
    for (String n : numbers) {
      if (n.matches("[0-9]{3}")) {
        sorted.add(Integer.parseInt(n));
      } else {
        other.add(n);
      }
    }
    List<String> out = new ArrayList<>();
    Integer start = null;
    int prev = 0;
    for (int n : sorted) {
      if (start != null && n == prev + 1) {
        prev = n;
        continue;
      }
      if (start != null) {
        run(out, start, prev);
      }
      start = n;
      prev = n;
    }
    if (start != null) {
      run(out, start, prev);
    }
    out.addAll(other);
    return out;
  }

  private static void run(List<String> out, int from, int to) {
    if (to - from >= 2) {
      out.add(three(from) + DASH + three(to));
    } else {
      for (int n = from; n <= to; n++) {
        out.add(three(n));
      }
    }
  }

  private static String three(int n) {
    return String.format(java.util.Locale.ROOT, "%03d", n);
  }

  /**
   * The items cut into consecutive pieces, each joined by ", " and at most {@code chars} long (an
   * item longer than that alone is a piece of its own).
   */
  static List<String> pieces(List<String> items, int chars) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (String item : items) {
      if (!b.isEmpty() && b.length() + 2 + item.length() > chars) {
        out.add(b.toString());
        b.setLength(0);
      }
      if (!b.isEmpty()) {
        b.append(", ");
      }
      b.append(item);
    }
    if (!b.isEmpty()) {
      out.add(b.toString());
    }
    return out;
  }
}
