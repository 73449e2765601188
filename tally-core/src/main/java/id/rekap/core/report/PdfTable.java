package id.rekap.core.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Measures and draws a block of table rows for one column group. Text cells wrap (the row grows),
 * numbers shrink to fit their cell, so nothing is cut or drawn over a neighbour.
 */
final class PdfTable {
  static final float FONT = 7;
  static final float HEAD_FONT = 6.5f;
  static final float LINE = 8.5f;
  static final float PAD = 2.5f;
  private static final float SIGN_HEIGHT = 24;

  /** The columns of a page: indexes into the table and their widths. */
  record Group(int section, int[] columns, float[] widths) {
    float width() {
      float w = 0;
      for (float x : widths) {
        w += x;
      }
      return w;
    }
  }

  private final PdfText text;

  PdfTable(PdfText text) {
    this.text = text;
  }

  org.apache.pdfbox.pdmodel.font.PDType0Font bold() {
    return text.bold;
  }

  float headerHeight(FormTable table, Group g) {
    int lines = 1;
    for (int i = 0; i < g.columns().length; i++) {
      String h = table.columns().get(g.columns()[i]).header();
      lines =
          Math.max(lines, PdfText.wrap(text.bold, HEAD_FONT, h, g.widths()[i] - 2 * PAD).size());
    }
    return lines * LINE + 2 * PAD;
  }

  float rowHeight(FormTable table, FormTable.Row row, Group g) {
    int lines = 1;
    for (int i = 0; i < g.columns().length; i++) {
      int c = g.columns()[i];
      if (row.cells().get(c) instanceof String s && !table.columns().get(c).numeric()) {
        float w = cellWidth(table, row, g, i);
        lines = Math.max(lines, PdfText.wrap(font(row), FONT, s, w - 2 * PAD).size());
      }
    }
    float h = lines * LINE + 2 * PAD;
    return row.kind() == FormTable.Kind.SIGNATURE ? Math.max(h, SIGN_HEIGHT) : h;
  }

  /** A section row's label spans the value columns, which it leaves empty. */
  private static float cellWidth(FormTable table, FormTable.Row row, Group g, int i) {
    if (row.kind() == FormTable.Kind.SECTION && g.columns()[i] == table.frozen() - 1) {
      float w = 0;
      for (int j = i; j < g.widths().length; j++) {
        w += g.widths()[j];
      }
      return w;
    }
    return g.widths()[i];
  }

  private PDType0Font font(FormTable.Row row) {
    return row.kind() == FormTable.Kind.DATA || row.kind() == FormTable.Kind.SIGNATURE
        ? text.regular
        : text.bold;
  }

  /** Draws the header row at {@code top}; returns the y below it. */
  float drawHeader(PDPageContentStream cs, FormTable table, Group g, float x, float top)
      throws IOException {
    float h = headerHeight(table, g);
    cs.setNonStrokingColor(0.88f);
    cs.addRect(x, top - h, g.width(), h);
    cs.fill();
    cs.setNonStrokingColor(0f);
    float cx = x;
    for (int i = 0; i < g.columns().length; i++) {
      String header = table.columns().get(g.columns()[i]).header();
      List<String> lines = PdfText.wrap(text.bold, HEAD_FONT, header, g.widths()[i] - 2 * PAD);
      float ly = top - PAD - HEAD_FONT;
      for (String l : lines) {
        float lw = PdfText.width(text.bold, HEAD_FONT, l);
        show(cs, text.bold, HEAD_FONT, cx + (g.widths()[i] - lw) / 2, ly, l);
        ly -= LINE;
      }
      cs.addRect(cx, top - h, g.widths()[i], h);
      cx += g.widths()[i];
    }
    cs.stroke();
    return top - h;
  }

  /** Draws one row at {@code top}; returns the y below it. */
  float drawRow(
      PDPageContentStream cs, FormTable table, FormTable.Row row, Group g, float x, float top)
      throws IOException {
    float h = rowHeight(table, row, g);
    if (row.kind() == FormTable.Kind.SECTION) {
      cs.setNonStrokingColor(0.93f);
      cs.addRect(x, top - h, g.width(), h);
      cs.fill();
      cs.setNonStrokingColor(0f);
    }
    PDType0Font font = font(row);
    float cx = x;
    for (int i = 0; i < g.columns().length; i++) {
      int c = g.columns()[i];
      float w = g.widths()[i];
      Object cell = row.cells().get(c);
      boolean spans = row.kind() == FormTable.Kind.SECTION && c == table.frozen() - 1;
      if (cell instanceof Long n) {
        String s = IndonesianFormat.count(n);
        float size = PdfText.fit(font, FONT, s, w - 2 * PAD);
        show(cs, font, size, cx + w - PAD - PdfText.width(font, size, s), top - PAD - FONT, s);
      } else if (cell instanceof String s) {
        float ly = top - PAD - FONT;
        for (String l : PdfText.wrap(font, FONT, s, cellWidth(table, row, g, i) - 2 * PAD)) {
          show(cs, font, FONT, cx + PAD, ly, l);
          ly -= LINE;
        }
      }
      if (spans) {
        cs.addRect(cx, top - h, g.width() - (cx - x), h);
        break;
      }
      cs.addRect(cx, top - h, w, h);
      cx += w;
    }
    cs.stroke();
    return top - h;
  }

  static void show(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
      throws IOException {
    if (s.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }
}
