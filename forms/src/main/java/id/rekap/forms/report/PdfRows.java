package id.rekap.forms.report;

import id.rekap.core.report.FormTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table's rows over pages: rows with the same keep number stay together (an L/P/L+P
 * triple, a party with its candidates), a section or sub-heading stays with what follows it (no
 * heading at a page foot), and when the rows need several pages they are spread evenly, so that no
 * page carries only a few rows.
 */
final class PdfRows {
  /** A block taller than a page starts on the current one only if this much of it is free. */
  private static final float MIN_START = 0.3f;

  private PdfRows() {}

  /**
   * The pages' row ranges {@code [from, to)}; the first is empty when not even the first unit fits
   * the first page.
   *
   * @param first the height available on the first page
   * @param later the height available on the following pages
   */
  static List<int[]> paginate(List<FormTable.Row> rows, float[] heights, float first, float later) {
    List<int[]> units = units(rows);
    List<int[]> greedy = fill(units, heights, first, later);
    if (greedy.size() < 2) {
      return greedy;
    }
    // the smallest capacity that still needs no more pages spreads the rows evenly
    float lo = 0;
    for (int[] u : units) {
      lo = Math.max(lo, Math.min(height(heights, u), later));
    }
    float hi = later;
    for (int i = 0; i < 20 && hi - lo > 1; i++) {
      float mid = (lo + hi) / 2;
      if (fill(units, heights, Math.min(first, mid), mid).size() <= greedy.size()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    List<int[]> even = fill(units, heights, Math.min(first, hi), hi);
    return even.size() <= greedy.size() ? even : greedy;
  }

  /** Units of rows that stay on one page: keep groups, headings joined to what follows. */
  static List<int[]> units(List<FormTable.Row> rows) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      int start = i;
      // headings without a keep of their own go with the next unit
      while (i < rows.size() - 1
          && rows.get(i).keep() == 0
          && (rows.get(i).kind() == FormTable.Kind.SECTION
              || rows.get(i).kind() == FormTable.Kind.SUBHEAD)) {
        i++;
      }
      int keep = rows.get(i).keep();
      i++;
      while (keep != 0 && i < rows.size() && rows.get(i).keep() == keep) {
        i++;
      }
      out.add(new int[] {start, i});
    }
    return out;
  }

  private static float height(float[] heights, int[] unit) {
    float h = 0;
    for (int r = unit[0]; r < unit[1]; r++) {
      h += heights[r];
    }
    return h;
  }

  private static List<int[]> fill(List<int[]> units, float[] heights, float first, float later) {
    List<int[]> pages = new ArrayList<>();
    int from = units.isEmpty() ? 0 : units.getFirst()[0];
    float avail = first;
    float used = 0;
    for (int[] u : units) {
      float h = height(heights, u);
      if (used + h <= avail) {
        used += h;
        continue;
      }
      if (h > later) {
        // taller than any page: row by row, from where this page stands, unless too little of
        // the page is left to be worth starting there (a heading and two rows at its foot)
        if (used > 0 && avail - used < MIN_START * later) {
          pages.add(new int[] {from, u[0]});
          from = u[0];
          avail = later;
          used = 0;
        }
        for (int r = u[0]; r < u[1]; r++) {
          if (used + heights[r] > avail && r > from) {
            pages.add(new int[] {from, r});
            from = r;
            avail = later;
            used = 0;
          }
          used += heights[r];
        }
        continue;
      }
      // the unit starts the next page; an empty first range means the block starts on a new page
      pages.add(new int[] {from, u[0]});
      from = u[0];
      avail = later;
      used = h;
    }
    int end = units.isEmpty() ? 0 : units.getLast()[1];
    if (end > from || pages.isEmpty()) {
      pages.add(new int[] {from, end});
    }
    return pages;
  }
}
