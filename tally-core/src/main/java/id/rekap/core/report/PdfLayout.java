package id.rekap.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a form over pages. Columns first: when the region columns do not fit the paper's width,
 * they are split into balanced groups, each repeating the number and label columns (the total
 * column lands in the last group). Then rows: each group flows down as many pages as it needs,
 * repeating the caption and column headers. Later sections (signatures) follow on the same page
 * when at least their header and two rows fit.
 */
final class PdfLayout {
  /** Rows {@code [from, to)} of a group, drawn from {@code top} down. */
  record Block(PdfTable.Group group, int from, int to, float top) {}

  private final FormDocument doc;
  private final PdfTable table;
  private final float usable;
  private final float top;

  PdfLayout(FormDocument doc, PdfTable table, float pageWidth, float tableTop) {
    this.doc = doc;
    this.table = table;
    this.usable = pageWidth - 2 * PdfFrame.MARGIN;
    this.top = tableTop;
  }

  static float captionHeight(FormDocument.Section s) {
    return s.caption().isEmpty() ? 0 : 12;
  }

  List<List<Block>> pages() {
    List<List<Block>> pages = new ArrayList<>();
    List<Block> page = new ArrayList<>();
    pages.add(page);
    float y = top;
    for (int s = 0; s < doc.sections().size(); s++) {
      FormDocument.Section section = doc.sections().get(s);
      FormTable t = section.table();
      List<PdfTable.Group> groups = groups(s, t);
      for (int gi = 0; gi < groups.size(); gi++) {
        PdfTable.Group g = groups.get(gi);
        float head = captionHeight(section) + table.headerHeight(t, g);
        float firstRows = 0;
        for (int r = 0; r < Math.min(2, t.rows().size()); r++) {
          firstRows += table.rowHeight(t, t.rows().get(r), g);
        }
        if (gi > 0 || y - head - firstRows < PdfFrame.BOTTOM) {
          if (!page.isEmpty()) {
            page = new ArrayList<>();
            pages.add(page);
          }
          y = top;
        }
        int from = 0;
        float blockTop = y;
        y -= head;
        for (int r = 0; r < t.rows().size(); r++) {
          float h = table.rowHeight(t, t.rows().get(r), g);
          if (y - h < PdfFrame.BOTTOM && r > from) {
            page.add(new Block(g, from, r, blockTop));
            page = new ArrayList<>();
            pages.add(page);
            from = r;
            blockTop = top;
            y = top - head;
          }
          y -= h;
        }
        page.add(new Block(g, from, t.rows().size(), blockTop));
        y -= 10;
      }
    }
    return pages;
  }

  /** The column groups of a section, with the widths that fill the usable width. */
  List<PdfTable.Group> groups(int s, FormTable t) {
    List<FormTable.Column> cols = t.columns();
    float frozenWidth = 0;
    for (int i = 0; i < t.frozen(); i++) {
      frozenWidth += cols.get(i).width();
    }
    int values = cols.size() - t.frozen();
    if (values == 0) {
      int[] idx = new int[cols.size()];
      float[] w = new float[cols.size()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = i;
        w[i] = cols.get(i).width() * usable / frozenWidth;
      }
      return List.of(new PdfTable.Group(s, idx, w));
    }
    float valueWidth = cols.get(cols.size() - 1).width();
    int capacity = Math.max(1, (int) ((usable - frozenWidth) / valueWidth));
    int count = (values + capacity - 1) / capacity;
    int per = (values + count - 1) / count;
    List<PdfTable.Group> out = new ArrayList<>();
    for (int from = t.frozen(); from < cols.size(); from += per) {
      int to = Math.min(cols.size(), from + per);
      int n = t.frozen() + to - from;
      int[] idx = new int[n];
      float[] w = new float[n];
      float sum = 0;
      for (int i = 0; i < n; i++) {
        idx[i] = i < t.frozen() ? i : from + i - t.frozen();
        w[i] = cols.get(idx[i]).width();
        sum += w[i];
      }
      // the spare width goes first to the label column (up to 120 pt), the rest to the numbers
      float spare = usable - sum;
      float toLabel = Math.min(spare, 120);
      w[t.frozen() - 1] += toLabel;
      for (int i = t.frozen(); i < n; i++) {
        w[i] += (spare - toLabel) / (n - t.frozen());
      }
      out.add(new PdfTable.Group(s, idx, w));
    }
    return out;
  }
}
