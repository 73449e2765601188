package id.rekap.forms.report;

import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A listing on paper (the annex, the D.Kejadian's entries): its columns stretched to the page's
 * width, text wrapped at spaces, the header repeated on every page, blank rows tall enough to write
 * in by hand.
 */
final class PdfListing {
  static final float FONT = 6.8f;
  static final float LINE = 8.0f;
  static final float PAD = 2f;
  static final float HEAD = 6.3f;
  static final float INTRO = 7f;
  static final float INTRO_LINE = 8.6f;
  private static final float BLANK_HEIGHT = 36;

  private final FormBlock.Listing listing;
  private final PdfText text;
  private final float[] widths;
  private final float width;
  private List<FormTable.Row> rows;
  private float[] rowHeights;
  private final List<String> intro = new ArrayList<>();

  PdfListing(FormBlock.Listing listing, PdfText text, float usable) {
    this.listing = listing;
    this.text = text;
    FormTable t = listing.table();
    float sum = 0;
    for (FormTable.Column c : t.columns()) {
      sum += c.width();
    }
    widths = new float[t.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = t.columns().get(i).width() * usable / sum;
    }
    width = usable;
    rows = t.rows();
    rowHeights = heights(rows);
    for (String p : listing.intro()) {
      intro.addAll(PdfText.wrap(text.regular, INTRO, p, usable));
    }
  }

  FormTable table() {
    return listing.table();
  }

  /** The rows as printed: the table's, a row taller than a page cut (see {@link #fit}). */
  List<FormTable.Row> rows() {
    return rows;
  }

  /**
   * Cuts every row taller than {@code max} into rows of at most that height, each cell's lines in
   * order (the number, one line, only on the first): a long text (a clerk's entry, a long list)
   * continues on the next page instead of running past its foot.
   */
  void fit(float max) {
    // pieces of a quarter page, so that the first fills what is left of the current page
    int most = Math.max(1, (int) ((max / 4 - 2 * PAD) / LINE));
    List<FormTable.Row> out = new ArrayList<>();
    boolean cut = false;
    for (int r = 0; r < rows.size(); r++) {
      FormTable.Row row = rows.get(r);
      if (rowHeights[r] <= max || row.kind() == FormTable.Kind.BLANK) {
        out.add(row);
        continue;
      }
      cut = true;
      List<List<String>> lines = new ArrayList<>();
      int count = 0;
      for (int i = 0; i < widths.length; i++) {
        List<String> l =
            row.cells().get(i) instanceof String s
                ? PdfText.wrap(font(row), FONT, s, widths[i] - 2 * PAD)
                : List.of();
        lines.add(l);
        count = Math.max(count, l.size());
      }
      for (int from = 0; from < count; from += most) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
          List<String> l = lines.get(i);
          Object cell = row.cells().get(i);
          if (!(cell instanceof String)) {
            cells.add(from == 0 ? cell : "");
          } else {
            cells.add(
                String.join(
                    " ", l.subList(Math.min(from, l.size()), Math.min(from + most, l.size()))));
          }
        }
        out.add(new FormTable.Row(row.kind(), cells));
      }
    }
    if (cut) {
      rows = List.copyOf(out);
      rowHeights = heights(rows);
    }
  }

  private float[] heights(List<FormTable.Row> list) {
    float[] h = new float[list.size()];
    for (int r = 0; r < h.length; r++) {
      h[r] = rowHeight(list.get(r));
    }
    return h;
  }

  float[] rowHeights() {
    return rowHeights;
  }

  /** The caption and, on the first page only, the intro lines. */
  float captionHeight(boolean first) {
    float h = listing.caption().isEmpty() ? 0 : 11;
    return first && !intro.isEmpty() ? h + intro.size() * INTRO_LINE + 3 : h;
  }

  float headerHeight() {
    int lines = 1;
    for (int i = 0; i < widths.length; i++) {
      lines =
          Math.max(
              lines,
              PdfText.wrap(
                      text.bold,
                      HEAD,
                      listing.table().columns().get(i).header(),
                      widths[i] - 2 * PAD)
                  .size());
    }
    return lines * (HEAD + 1.6f) + 2 * PAD;
  }

  private float rowHeight(FormTable.Row row) {
    int lines = 1;
    for (int i = 0; i < widths.length; i++) {
      if (row.cells().get(i) instanceof String s) {
        lines = Math.max(lines, PdfText.wrap(font(row), FONT, s, widths[i] - 2 * PAD).size());
      }
    }
    float h = lines * LINE + 2 * PAD;
    return row.kind() == FormTable.Kind.BLANK ? Math.max(h, BLANK_HEIGHT) : h;
  }

  private PDType0Font font(FormTable.Row row) {
    return row.kind() == FormTable.Kind.TOTAL ? text.bold : text.regular;
  }

  float drawCaption(PdfCanvas c, float x, float top, boolean first) {
    float y = top;
    if (!listing.caption().isEmpty()) {
      c.show(text.bold, 7.5f, x, y - 8, listing.caption());
      y -= 11;
    }
    if (first) {
      for (String l : intro) {
        c.show(text.regular, INTRO, x, y - INTRO, l);
        y -= INTRO_LINE;
      }
      if (!intro.isEmpty()) {
        y -= 3;
      }
    }
    return y;
  }

  float drawHeader(PdfCanvas c, float x, float top) {
    float h = headerHeight();
    c.fill(0.9f, x, top - h, width, h);
    float cx = x;
    for (int i = 0; i < widths.length; i++) {
      float ly = top - PAD - HEAD;
      for (String l :
          PdfText.wrap(
              text.bold, HEAD, listing.table().columns().get(i).header(), widths[i] - 2 * PAD)) {
        c.center(text.bold, HEAD, cx + widths[i] / 2, ly, l);
        ly -= HEAD + 1.6f;
      }
      c.box(0.4f, cx, top - h, widths[i], h);
      cx += widths[i];
    }
    return top - h;
  }

  float drawRows(PdfCanvas c, int from, int to, float x, float top) {
    float y = top;
    for (int r = from; r < to; r++) {
      FormTable.Row row = rows.get(r);
      float h = rowHeights[r];
      float cx = x;
      for (int i = 0; i < widths.length; i++) {
        if (row.cells().get(i) instanceof String s) {
          float ly = y - PAD - FONT;
          for (String l : PdfText.wrap(font(row), FONT, s, widths[i] - 2 * PAD)) {
            c.show(font(row), FONT, cx + PAD, ly, l);
            ly -= LINE;
          }
        }
        c.box(0.4f, cx, y - h, widths[i], h);
        cx += widths[i];
      }
      y -= h;
    }
    return y;
  }
}
