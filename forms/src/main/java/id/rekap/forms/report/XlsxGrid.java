package id.rekap.forms.report;

import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormTable;
import id.rekap.core.report.FormTexts;
import id.rekap.core.report.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The certificate's grid in a sheet, a faithful copy of the PDF's numbers: counts are numeric cells
 * (a partial count keeps its number and shows its mark), nothing reported is an empty shaded cell.
 * For print, the child columns are split into page-wide groups (column breaks, the number and label
 * columns repeated, the header rows repeated) at the largest scale that fits, never below 70 %. The
 * PDF's running totals are not repeated here: the sheet can sum any range itself.
 */
final class XlsxGrid {
  static final int NO = 5;
  static final int LABEL = 48;
  static final int SEX = 5;
  private static final int MIN_VALUE = 9;
  private static final int MAX_VALUE = 16;
  static final float LINE = 12.75f;

  private final FormBlock.Grid grid;
  private final FormTexts texts;
  private final Paper paper;
  private final int[] widths;
  private final List<int[]> groups;
  private final int scale;

  XlsxGrid(FormBlock.Grid grid, FormTexts texts, Paper paper) {
    this.grid = grid;
    this.texts = texts;
    this.paper = paper;
    FormTable t = grid.table();
    widths = new int[t.columns().size()];
    widths[0] = NO;
    widths[1] = LABEL;
    widths[2] = SEX;
    for (int c = t.frozen(); c < widths.length; c++) {
      widths[c] = valueWidth(t, c);
    }
    double frozen = XlsxPrint.points(NO) + XlsxPrint.points(LABEL) + XlsxPrint.points(SEX);
    int n = grid.children();
    List<int[]> chosen = null;
    int s = 100;
    for (int g = 1; g <= Math.max(1, n) && chosen == null; g++) {
      List<int[]> split = split(n, g);
      double widest = 0;
      for (int i = 0; i < split.size(); i++) {
        double w = frozen;
        for (int k = split.get(i)[0]; k <= split.get(i)[1]; k++) {
          w += XlsxPrint.points(widths[t.frozen() + k - 1]);
        }
        if (i == split.size() - 1) {
          w += XlsxPrint.points(widths[widths.length - 1]);
        }
        widest = Math.max(widest, w);
      }
      if (XlsxPrint.printable(paper) / widest >= XlsxPrint.MIN_SCALE || g == Math.max(1, n)) {
        chosen = split;
        s = XlsxPrint.scale(paper, widest);
      }
    }
    groups = chosen;
    scale = s;
  }

  int scale() {
    return scale;
  }

  /** The last column printed on the first page (the opening paragraphs are merged up to it). */
  int firstPageLastColumn() {
    int to = groups.getFirst()[1];
    return groups.size() == 1 ? widths.length - 1 : grid.table().frozen() + to - 1;
  }

  /** Applies the column widths and the column breaks between groups. */
  void columns(XSSFSheet sheet) {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    for (int i = 0; i < groups.size() - 1; i++) {
      sheet.setColumnBreak(grid.table().frozen() + groups.get(i)[1] - 1);
    }
  }

  /**
   * Writes the caption, the group labels, the header and the rows from row {@code r}.
   *
   * @return {header row, the row after the grid}
   */
  int[] write(XSSFSheet sheet, XlsxStyles st, int r) {
    FormTable t = grid.table();
    Xlsx.cell(sheet, r, 0, grid.caption(), st.bold);
    r++;
    int labelRow = r;
    for (int[] g : groups) {
      int from = t.frozen() + g[0] - 1;
      int to = t.frozen() + g[1] - 1 + (g == groups.getLast() ? 1 : 0);
      String which =
          texts.fill(
              g[0] == g[1] ? "grid.columns.one" : "grid.columns",
              Map.of(
                  "unit", grid.unit(),
                  "from", "" + g[0],
                  "to", "" + g[1],
                  "count", "" + grid.children()));
      Xlsx.cell(sheet, labelRow, from, which, st.bold);
      if (to > from) {
        sheet.addMergedRegion(new CellRangeAddress(labelRow, labelRow, from, to));
      }
    }
    r++;
    int headerRow = r;
    int headLines = 1;
    for (int c = 0; c < t.columns().size(); c++) {
      String h = t.columns().get(c).header();
      int ordinal = c - t.frozen() + 1;
      if (c >= t.frozen() && c < t.columns().size() - 1) {
        h = "(" + ordinal + ") " + h;
      }
      Xlsx.cell(sheet, r, c, h, st.header);
      headLines = Math.max(headLines, Xlsx.lines(h, widths[c]));
    }
    sheet.getRow(r).setHeightInPoints(headLines * LINE + 3);
    r++;
    int keepStart = -1;
    for (int i = 0; i < t.rows().size(); i++) {
      FormTable.Row row = t.rows().get(i);
      XSSFRow x = sheet.createRow(r);
      writeRow(x, row, st, t.frozen());
      if (row.cells().get(1) instanceof String s) {
        x.setHeightInPoints(
            Xlsx.lines(s, widths[1] + (row.cells().get(2) == null ? SEX : 0)) * LINE + 2);
      }
      // a label continued by the rows below is one merged cell, as on paper
      boolean continues =
          i + 1 < t.rows().size()
              && t.rows().get(i + 1).cells().get(1) == null
              && t.rows().get(i + 1).hasValues();
      if (continues && keepStart < 0) {
        keepStart = r;
      } else if (!continues && keepStart >= 0) {
        sheet.addMergedRegion(new CellRangeAddress(keepStart, r, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(keepStart, r, 1, 1));
        keepStart = -1;
      }
      r++;
    }
    sheet.createFreezePane(t.frozen(), headerRow + 1);
    sheet.setRepeatingRows(new CellRangeAddress(labelRow, headerRow, -1, -1));
    sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, t.frozen() - 1));
    return new int[] {headerRow, r};
  }

  private static void writeRow(XSSFRow x, FormTable.Row row, XlsxStyles st, int frozen) {
    boolean strong = row.kind() != FormTable.Kind.DATA;
    for (int c = 0; c < row.cells().size(); c++) {
      Object v = row.cells().get(c);
      XSSFCell cell = x.createCell(c);
      if (row.kind() == FormTable.Kind.SECTION) {
        if (v instanceof String s) {
          cell.setCellValue(s);
        }
        cell.setCellStyle(st.section);
      } else if (v instanceof Long n) {
        cell.setCellValue(n);
        cell.setCellStyle(strong ? st.numberBold : st.number);
      } else if (v instanceof FormTable.Partial p) {
        cell.setCellValue(p.value());
        cell.setCellStyle(strong ? st.partialBold : st.partial);
      } else if (v == null && c >= frozen && row.hasValues()) {
        cell.setCellStyle(st.blank);
      } else {
        if (v instanceof String s) {
          cell.setCellValue(s);
        }
        cell.setCellStyle(c == 2 ? st.center : strong ? st.textBold : st.text);
      }
    }
  }

  /** Wide enough for the longest number and, within limits, the header's longest word. */
  private static int valueWidth(FormTable t, int c) {
    int numbers = 0;
    for (FormTable.Row r : t.rows()) {
      numbers = Math.max(numbers, PdfGrid.cellText(r.cells().get(c)).length());
    }
    int word = 0;
    for (String w : t.columns().get(c).header().split(" +")) {
      word = Math.max(word, w.length());
    }
    return Math.max(MIN_VALUE, Math.max(numbers + 2, Math.min(MAX_VALUE, word + 1)));
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
}
