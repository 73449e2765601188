// Over 400 lines: the grid's page layout (column groups, running totals) and the fitting of each
// cell's text are one drawing pass; the fitting could become a class of its own.
package id.rekap.forms.report;

import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormTable;
import id.rekap.core.report.FormTexts;
import id.rekap.core.report.IndonesianFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate's grid on paper. The child columns are split into page-wide groups sized to fill
 * the page (as few as the paper allows, balanced), each repeating the number and label columns and
 * headed by which children it holds; the last group carries the final total, and with three or more
 * groups every other group ends with the running total so far. Column headers wrap at spaces only,
 * at the largest size at which every word fits; a name that cannot fit at the smallest size is
 * abbreviated, with the full name in the page's notes.
 */
final class PdfGrid {
  static final float FONT = 6.8f;
  static final float LINE = 7.6f;
  static final float PAD = 1.0f;
  static final float HEAD = 6.3f;
  static final float HEAD_MIN = 4.8f;
  static final float HEAD_LINE = 6.9f;
  static final float NOTE = 6.2f;
  static final float NOTE_LINE = 7.4f;
  static final float CAPTION = 9.5f;
  private static final float MAX_VALUE = 62;
  private static final float MIN_VALUE = 26;
  private static final float MAX_LABEL_GROWTH = 80;
  private static final float SHADE = 0.84f;

  /**
   * A column of a group: a table column, or the running total (-1); {@code abbreviated} when a word
   * of its name had to be shortened to fit.
   */
  record Col(
      int index, float width, String[] header, float headSize, int ordinal, boolean abbreviated) {}

  /**
   * A page-wide group: its columns with their widths, the children it holds (1-based), whether a
   * running total ends it, and its notes.
   */
  record Group(
      List<Col> cols, int from, int to, boolean running, float headerHeight, List<String> notes) {
    float width() {
      float w = 0;
      for (Col c : cols) {
        w += c.width();
      }
      return w;
    }
  }

  private final FormBlock.Grid grid;
  private final FormTexts texts;
  private final PdfText text;
  private final float usable;
  private final List<Group> groups;
  private final float[] rowHeights;
  private final float noteWidth;

  PdfGrid(FormBlock.Grid grid, FormTexts texts, PdfText text, float usable) {
    this.grid = grid;
    this.texts = texts;
    this.text = text;
    this.usable = usable;
    this.noteWidth = usable;
    this.groups = plan();
    this.rowHeights = rowHeights(groups.getFirst());
  }

  List<Group> groups() {
    return groups;
  }

  float[] rowHeights() {
    return rowHeights;
  }

  FormTable table() {
    return grid.table();
  }

  /** The caption line above every page of the grid. */
  float captionHeight() {
    return CAPTION + 1;
  }

  /** The notes under a group's rows (its columns' notes and the legend), wrapped. */
  float notesHeight(Group g) {
    return g.notes().isEmpty() ? 0 : g.notes().size() * NOTE_LINE + 3;
  }

  // ---- planning -------------------------------------------------------------------------------

  private List<Group> plan() {
    FormTable t = grid.table();
    int frozen = t.frozen();
    int n = grid.children();
    float frozenWidth = 0;
    for (int i = 0; i < frozen; i++) {
      frozenWidth += t.columns().get(i).width();
    }
    float[] min = new float[t.columns().size()];
    for (int c = frozen; c < t.columns().size(); c++) {
      min[c] = minWidth(t, c, header(t, c, c - frozen + 1));
    }
    float runningMin = Math.max(min[t.columns().size() - 1], minWidthOf(runningHeader(n)));
    for (int g = 1; g <= Math.max(1, n); g++) {
      List<int[]> split = split(n, g);
      boolean fits = true;
      for (int i = 0; i < split.size() && fits; i++) {
        float w = frozenWidth;
        for (int k = split.get(i)[0]; k <= split.get(i)[1]; k++) {
          w += min[frozen + k - 1];
        }
        boolean last = i == split.size() - 1;
        w += last ? min[t.columns().size() - 1] : (split.size() >= 3 ? runningMin : 0);
        fits = w <= usable;
      }
      if (fits || g == Math.max(1, n)) {
        return build(split, min, frozenWidth, runningMin);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** {@code g} balanced ranges of 1..n, the larger first. */
  private static List<int[]> split(int n, int g) {
    List<int[]> out = new ArrayList<>();
    int from = 1;
    for (int i = 0; i < g; i++) {
      int size = n / g + (i < n % g ? 1 : 0);
      out.add(new int[] {from, from + size - 1});
      from += size;
    }
    return out;
  }

  private List<Group> build(List<int[]> split, float[] min, float frozenWidth, float runningMin) {
    FormTable t = grid.table();
    int frozen = t.frozen();
    int last = t.columns().size() - 1;
    // the same label width on every page, grown with the spare width of the fullest group
    float fullest = 0;
    for (int i = 0; i < split.size(); i++) {
      float w = 0;
      for (int k = split.get(i)[0]; k <= split.get(i)[1]; k++) {
        w += min[frozen + k - 1];
      }
      w += i == split.size() - 1 ? min[last] : (split.size() >= 3 ? runningMin : 0);
      fullest = Math.max(fullest, w);
    }
    float labelGrowth =
        Math.max(0, Math.min(MAX_LABEL_GROWTH, (usable - frozenWidth - fullest) / 2));
    List<Group> out = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      int from = split.get(i)[0];
      int to = split.get(i)[1];
      boolean isLast = i == split.size() - 1;
      boolean running = !isLast && split.size() >= 3;
      List<Integer> values = new ArrayList<>();
      for (int k = from; k <= to; k++) {
        values.add(frozen + k - 1);
      }
      if (isLast) {
        values.add(last);
      }
      float sum = 0;
      for (int c : values) {
        sum += min[c];
      }
      if (running) {
        sum += runningMin;
      }
      int count = values.size() + (running ? 1 : 0);
      float spare = usable - frozenWidth - labelGrowth - sum;
      // value columns grow evenly, but not past twice their need: the rest stays margin
      float extra = count == 0 ? 0 : Math.max(0, Math.min(spare / count, 40));
      List<Col> cols = new ArrayList<>();
      for (int c = 0; c < frozen; c++) {
        float w = t.columns().get(c).width() + (c == 1 ? labelGrowth : 0);
        cols.add(new Col(c, w, new String[] {t.columns().get(c).header()}, HEAD, 0, false));
      }
      for (int c : values) {
        int ordinal = c == last ? 0 : c - frozen + 1;
        cols.add(col(c, min[c] + extra, header(t, c, ordinal), ordinal));
      }
      if (running) {
        cols.add(col(-1, runningMin + extra, runningHeader(to), 0));
      }
      float head = 0;
      for (Col c : cols) {
        head = Math.max(head, c.header().length * HEAD_LINE);
      }
      out.add(new Group(cols, from, to, running, head + 2 * PAD, notes(from, to, isLast, cols)));
    }
    return out;
  }

  private Col col(int index, float width, String[] lines, int ordinal) {
    String joined = String.join(" ", lines);
    float size = PdfText.wordsFit(text.bold, HEAD, HEAD_MIN, joined, width - 2 * PAD);
    List<String> wrapped = new ArrayList<>();
    boolean shortened = false;
    for (String l : lines) {
      String fitted = abbreviate(l, size, width - 2 * PAD);
      shortened |= !fitted.equals(PdfText.clean(l));
      wrapped.addAll(PdfText.wrap(text.bold, size, fitted, width - 2 * PAD));
    }
    return new Col(index, width, wrapped.toArray(String[]::new), size, ordinal, shortened);
  }

  /** A word that does not fit even at the smallest size keeps its head and a full stop. */
  private String abbreviate(String line, float size, float max) {
    StringBuilder out = new StringBuilder();
    for (String word : PdfText.clean(line).split(" +")) {
      String w = word;
      while (w.length() > 2 && PdfText.width(text.bold, size, w) > max) {
        w = w.substring(0, w.length() - 2) + ".";
      }
      out.append(out.isEmpty() ? "" : " ").append(w);
    }
    return out.toString();
  }

  /** A child's header: its ordinal on a line of its own, then its name. */
  private static String[] header(FormTable t, int column, int ordinal) {
    String name = t.columns().get(column).header();
    return ordinal == 0 ? new String[] {name} : new String[] {"(" + ordinal + ")", name};
  }

  private String[] runningHeader(int to) {
    return new String[] {
      texts.fill("column.running", Map.of("unit", grid.unitUpper(), "to", "" + to))
    };
  }

  private float minWidthOf(String[] header) {
    float word = 0;
    for (String l : header) {
      word = Math.max(word, PdfText.longestWord(text.bold, HEAD_MIN, l));
    }
    return Math.max(MIN_VALUE, Math.min(MAX_VALUE, word + 2 * PAD));
  }

  /** Wide enough for its widest number and, at the smallest header size, its longest word. */
  private float minWidth(FormTable t, int c, String[] header) {
    float numbers = 0;
    for (FormTable.Row r : t.rows()) {
      String s = cellText(r.cells().get(c));
      if (!s.isEmpty()) {
        numbers = Math.max(numbers, PdfText.width(text.bold, FONT, s));
      }
    }
    return Math.max(numbers + 2 * PAD + 2, minWidthOf(header));
  }

  /** A count as printed: grouped with dots; a partial count with its mark. */
  static String cellText(Object cell) {
    if (cell instanceof Long n) {
      return IndonesianFormat.count(n);
    }
    if (cell instanceof FormTable.Partial p) {
      return IndonesianFormat.count(p.value()) + "*";
    }
    return "";
  }

  private List<String> notes(int from, int to, boolean last, List<Col> cols) {
    List<String> parts = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      String note = grid.columnNotes().get(k);
      if (note != null) {
        parts.add(
            "("
                + k
                + ") "
                + grid.table().columns().get(grid.table().frozen() + k - 1).header()
                + ": "
                + note);
      }
    }
    if (last && grid.columnNotes().containsKey(0)) {
      parts.add(grid.table().columns().getLast().header() + ": " + grid.columnNotes().get(0));
    }
    for (Col c : cols) {
      if (c.abbreviated() && c.index() >= 0) {
        String full = grid.table().columns().get(c.index()).header();
        parts.add(c.ordinal() > 0 ? "(" + c.ordinal() + ") " + full : full);
      }
    }
    List<String> lines = new ArrayList<>();
    if (!parts.isEmpty() || hasMarks(from, to, last)) {
      String body = String.join("; ", parts);
      String head = grid.legend().isEmpty() ? "" : String.join(" ", grid.legend());
      String all = texts.get("note.title") + " " + (body.isEmpty() ? "" : body + ". ") + head;
      lines.addAll(PdfText.wrap(text.regular, NOTE, all.strip(), noteWidth - 4));
    }
    return lines;
  }

  private boolean hasMarks(int from, int to, boolean last) {
    FormTable t = grid.table();
    for (FormTable.Row r : t.rows()) {
      if (!r.hasValues()) {
        continue;
      }
      for (int k = from; k <= to + (last ? 1 : 0); k++) {
        Object v = r.cells().get(t.frozen() + k - 1);
        if (v == null || v instanceof FormTable.Partial) {
          return true;
        }
      }
    }
    return false;
  }

  private float[] rowHeights(Group g) {
    FormTable t = grid.table();
    float[] h = new float[t.rows().size()];
    for (int r = 0; r < h.length; r++) {
      FormTable.Row row = t.rows().get(r);
      Object label = row.cells().get(1);
      int lines = 1;
      if (label instanceof String s) {
        lines = PdfText.wrap(font(row), FONT, s, labelWidth(g, row) - 2 * PAD).size();
      }
      h[r] = lines * LINE + 2 * PAD;
    }
    return h;
  }

  /** The label spans the L/P column when the row has none, and all columns in a section row. */
  private float labelWidth(Group g, FormTable.Row row) {
    if (row.kind() == FormTable.Kind.SECTION) {
      return g.width() - g.cols().get(0).width();
    }
    float w = g.cols().get(1).width();
    return row.cells().get(2) == null ? w + g.cols().get(2).width() : w;
  }

  private PDType0Font font(FormTable.Row row) {
    return row.kind() == FormTable.Kind.DATA ? text.regular : text.bold;
  }

  // ---- drawing --------------------------------------------------------------------------------

  /** The caption and which children the page holds; returns the y below. */
  float drawCaption(PdfCanvas c, Group g, float x, float top) {
    c.show(text.bold, 7.5f, x, top - 7.5f, grid.caption());
    String which =
        texts.fill(
            g.from() == g.to() ? "grid.columns.one" : "grid.columns",
            Map.of(
                "unit",
                grid.unit(),
                "from",
                "" + g.from(),
                "to",
                "" + g.to(),
                "count",
                "" + grid.children()));
    c.right(text.bold, 7.5f, x + usable, top - 7.5f, which);
    return top - captionHeight();
  }

  float drawHeader(PdfCanvas c, Group g, float x, float top) {
    float h = g.headerHeight();
    c.fill(0.9f, x, top - h, g.width(), h);
    float cx = x;
    for (Col col : g.cols()) {
      float ly = top - PAD - col.headSize();
      for (String l : col.header()) {
        c.center(text.bold, col.headSize(), cx + col.width() / 2, ly, l);
        ly -= HEAD_LINE;
      }
      cx += col.width();
    }
    c.box(0.5f, x, top - h, g.width(), h);
    cx = x;
    for (int i = 0; i < g.cols().size() - 1; i++) {
      cx += g.cols().get(i).width();
      c.line(0.4f, cx, top, cx, top - h);
    }
    return top - h;
  }

  /** Draws rows {@code [from, to)}; returns the y below them. */
  float drawRows(PdfCanvas c, Group g, int from, int to, float x, float top) {
    FormTable t = grid.table();
    float y = top;
    for (int r = from; r < to; r++) {
      FormTable.Row row = t.rows().get(r);
      float h = rowHeights[r];
      drawRow(c, g, row, x, y, h);
      // the bottom border, open under a label the next row continues
      boolean continued =
          r + 1 < to
              && t.rows().get(r + 1).cells().get(1) == null
              && t.rows().get(r + 1).hasValues();
      float start = continued ? x + g.cols().get(0).width() + g.cols().get(1).width() : x;
      c.line(0.4f, start, y - h, x + g.width(), y - h);
      y -= h;
    }
    c.line(0.5f, x, top, x + g.width(), top);
    c.line(0.5f, x, top, x, y);
    c.line(0.5f, x + g.width(), top, x + g.width(), y);
    return y;
  }

  private void drawRow(PdfCanvas c, Group g, FormTable.Row row, float x, float top, float h) {
    PDType0Font font = font(row);
    if (row.kind() == FormTable.Kind.SECTION) {
      c.fill(0.93f, x, top - h, g.width(), h);
    }
    float cx = x;
    for (int i = 0; i < g.cols().size(); i++) {
      Col col = g.cols().get(i);
      float w = col.width();
      float baseline = top - PAD - FONT;
      if (i == 0) {
        c.show(font, FONT, cx + PAD, baseline, string(row.cells().get(0)));
      } else if (i == 1) {
        if (row.cells().get(1) instanceof String s) {
          float lw = labelWidth(g, row);
          float ly = baseline;
          for (String l : PdfText.wrap(font, FONT, s, lw - 2 * PAD)) {
            c.show(font, FONT, cx + PAD, ly, l);
            ly -= LINE;
          }
        }
      } else if (i == 2) {
        c.center(font, FONT, cx + w / 2, baseline, string(row.cells().get(2)));
      } else if (row.hasValues()) {
        Object v = col.index() < 0 ? running(row, g.to()) : row.cells().get(col.index());
        if (v == null) {
          c.fill(SHADE, cx + 0.3f, top - h + 0.3f, w - 0.6f, h - 0.6f);
        } else {
          String s = cellText(v);
          float size = PdfText.fit(font, FONT, s, w - 2 * PAD);
          c.right(font, size, cx + w - PAD, baseline, s);
        }
      }
      boolean spanned =
          (row.kind() == FormTable.Kind.SECTION && i >= 1)
              || (i == 1 && (row.cells().get(2) == null || row.kind() == FormTable.Kind.SUBHEAD));
      cx += w;
      if (i < g.cols().size() - 1 && !spanned) {
        c.line(0.4f, cx, top, cx, top - h);
      }
    }
  }

  /** The running total of children 1..to: partial when any part is partial or blank. */
  private Object running(FormTable.Row row, int to) {
    int frozen = grid.table().frozen();
    long sum = 0;
    boolean any = false;
    boolean partial = false;
    for (int k = 1; k <= to; k++) {
      Object v = row.cells().get(frozen + k - 1);
      Long n = FormTable.value(v);
      if (n == null) {
        partial = true;
        continue;
      }
      any = true;
      sum += n;
      partial |= v instanceof FormTable.Partial;
    }
    if (!any) {
      return null;
    }
    return partial ? new FormTable.Partial(sum) : (Object) sum;
  }

  float drawNotes(PdfCanvas c, Group g, float x, float top) {
    float y = top - 2 - NOTE;
    for (String l : g.notes()) {
      c.show(text.regular, NOTE, x, y, l);
      y -= NOTE_LINE;
    }
    return top - notesHeight(g);
  }

  private static String string(Object o) {
    return o instanceof String s ? s : "";
  }
}
