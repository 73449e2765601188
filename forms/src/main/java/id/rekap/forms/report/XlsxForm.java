package id.rekap.forms.report;

import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormTable;
import id.rekap.core.report.FormTexts;
import id.rekap.core.report.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a form as an XLSX workbook with the same content as the PDF: the sheet "Formulir" with the
 * heading, the berita acara's opening and the certificate (or the D.Kejadian's entries), the sheet
 * "Lampiran" with the annex when there is one, and the sheet "Pengesahan" with the adoption line
 * and the signature blocks. Each sheet prints on the chosen paper at a readable scale (see {@link
 * XlsxPrint}). Reproducible: the core properties carry the form's generation time and {@link Rezip}
 * fixes the zip entries' timestamps.
 */
public final class XlsxForm {
  static final String MAIN = "Formulir";
  static final String ANNEX = "Lampiran";
  static final String CLOSING = "Pengesahan";
  private static final int[] CLOSING_WIDTHS = {5, 50, 34, 30};
  private static final float BLANK_HEIGHT = 40;

  private XlsxForm() {}

  public static void write(FormDocument doc, Paper paper, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxStyles st = new XlsxStyles(wb);
      XSSFSheet sheet = wb.createSheet(MAIN);
      XlsxGrid grid =
          doc.grids().isEmpty() ? null : new XlsxGrid(doc.grids().getFirst(), doc.texts(), paper);
      FormBlock.Listing inline =
          doc.body().stream()
              .filter(b -> b instanceof FormBlock.Listing l && !l.newPage())
              .map(FormBlock.Listing.class::cast)
              .findFirst()
              .orElse(null);
      int[] widths;
      int lastColumn;
      if (grid != null) {
        grid.columns(sheet);
        lastColumn = grid.firstPageLastColumn();
        widths = new int[lastColumn + 1];
        for (int c = 0; c <= lastColumn; c++) {
          widths[c] = sheet.getColumnWidth(c) / 256;
        }
      } else {
        widths = listingWidths(inline == null ? null : inline.table());
        for (int c = 0; c < widths.length; c++) {
          sheet.setColumnWidth(c, widths[c] * 256);
        }
        lastColumn = widths.length - 1;
      }
      int r = heading(sheet, doc, st, widths);
      int scale = 100;
      for (FormBlock b : doc.body()) {
        switch (b) {
          case FormBlock.Grid g -> {
            int[] rows = grid.write(sheet, st, r + 1);
            r = notes(sheet, st, doc.texts(), g, rows[1] + 1, lastColumn, widths);
            scale = grid.scale();
          }
          case FormBlock.Listing l -> {
            if (l.newPage()) {
              XSSFSheet annex = wb.createSheet(ANNEX);
              int[] w = listingWidths(l.table());
              listing(annex, st, l, 0, w);
              XlsxPrint.setup(annex, doc, paper, XlsxPrint.scale(paper, points(w)));
            } else {
              r = listing(sheet, st, l, r + 1, widths);
              scale = XlsxPrint.scale(paper, points(widths));
            }
          }
        }
      }
      footer(sheet, doc, st, r + 1);
      XlsxPrint.setup(sheet, doc, paper, scale);
      XSSFSheet closing = wb.createSheet(CLOSING);
      closing(closing, doc, st);
      XlsxPrint.setup(closing, doc, paper, XlsxPrint.scale(paper, points(CLOSING_WIDTHS)));
      properties(wb, doc);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      wb.write(raw);
      Rezip.normalize(raw.toByteArray(), doc.generated().toLocalDateTime(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The marking, the model code, the title, the region and the opening; returns the next row. */
  private static int heading(XSSFSheet sheet, FormDocument doc, XlsxStyles st, int[] widths) {
    int r = 0;
    Xlsx.cell(sheet, r, 0, doc.markingText(), st.marking);
    Xlsx.cell(sheet, r, 1, doc.markingNote(), st.plain);
    sheet.getRow(r).setHeightInPoints(20);
    r++;
    Xlsx.cell(sheet, r++, 1, doc.formCode(), st.bold);
    for (int i = 0; i < doc.title().size(); i++) {
      Xlsx.cell(sheet, r++, 1, doc.title().get(i), i == 1 ? st.title : st.bold);
    }
    for (FormDocument.HeaderField f : doc.header()) {
      Xlsx.cell(sheet, r++, 1, f.label() + ": " + f.value(), st.plain);
    }
    for (String n : doc.heading().notices()) {
      r = paragraph(sheet, r, n, st.bold, widths);
    }
    r++;
    for (String p : doc.heading().opening()) {
      r = paragraph(sheet, r, p, st.wrap, widths);
    }
    return r;
  }

  /** A paragraph merged over the first page's columns, tall enough for its wrapped lines. */
  static int paragraph(
      XSSFSheet sheet,
      int r,
      String text,
      org.apache.poi.ss.usermodel.CellStyle style,
      int[] widths) {
    int chars = 0;
    for (int w : widths) {
      chars += w;
    }
    Xlsx.cell(sheet, r, 0, text, style);
    if (widths.length > 1) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widths.length - 1));
    }
    sheet.getRow(r).setHeightInPoints(Xlsx.lines(text, Math.max(10, chars - 4)) * 12.75f + 2);
    return r + 1;
  }

  private static int notes(
      XSSFSheet sheet,
      XlsxStyles st,
      FormTexts texts,
      FormBlock.Grid g,
      int r,
      int lastColumn,
      int[] widths) {
    List<String> lines = new ArrayList<>();
    g.columnNotes()
        .forEach(
            (k, note) ->
                lines.add(
                    k == 0
                        ? g.table().columns().getLast().header() + ": " + note
                        : "("
                            + k
                            + ") "
                            + g.table().columns().get(g.table().frozen() + k - 1).header()
                            + ": "
                            + note));
    lines.addAll(g.legend());
    if (!lines.isEmpty()) {
      lines.addFirst(texts.get("note.title"));
    }
    for (String l : lines) {
      r = paragraph(sheet, r, l, st.wrap, widths);
    }
    return r;
  }

  /** A listing from row {@code r}: header and rows, wrapped; returns the next row. */
  private static int listing(
      XSSFSheet sheet, XlsxStyles st, FormBlock.Listing l, int r, int[] widths) {
    FormTable t = l.table();
    if (sheet.getRow(0) == null) {
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
    }
    if (!l.caption().isEmpty()) {
      Xlsx.cell(sheet, r++, 0, l.caption(), st.bold);
    }
    for (String p : l.intro()) {
      r = paragraph(sheet, r, p, st.wrap, widths);
    }
    int header = r;
    int headLines = 1;
    for (int c = 0; c < t.columns().size(); c++) {
      Xlsx.cell(sheet, r, c, t.columns().get(c).header(), st.header);
      headLines = Math.max(headLines, Xlsx.lines(t.columns().get(c).header(), widths[c] - 2));
    }
    sheet.getRow(r).setHeightInPoints(headLines * XlsxGrid.LINE + 3);
    r++;
    for (FormTable.Row row : t.rows()) {
      XSSFRow x = sheet.createRow(r++);
      int lines = 1;
      for (int c = 0; c < row.cells().size(); c++) {
        XSSFCell cell = x.createCell(c);
        if (row.cells().get(c) instanceof String s) {
          cell.setCellValue(s);
          lines = Math.max(lines, Xlsx.lines(s, widths[c] - 2));
        }
        cell.setCellStyle(row.kind() == FormTable.Kind.TOTAL ? st.textBold : st.text);
      }
      x.setHeightInPoints(
          row.kind() == FormTable.Kind.BLANK ? BLANK_HEIGHT : lines * XlsxGrid.LINE + 2);
    }
    sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
    return r;
  }

  /** Column widths in characters from the table's point widths (a listing's text columns). */
  private static int[] listingWidths(FormTable t) {
    if (t == null) {
      return new int[] {8, 60};
    }
    int[] w = new int[t.columns().size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = Math.max(5, Math.round(t.columns().get(c).width() / 4.2f));
    }
    return w;
  }

  private static double points(int[] widths) {
    double p = 0;
    for (int w : widths) {
      p += XlsxPrint.points(w);
    }
    return p;
  }

  private static void footer(XSSFSheet sheet, FormDocument doc, XlsxStyles st, int r) {
    FormTexts tx = doc.texts();
    Xlsx.cell(sheet, r++, 1, tx.format("footer.document", doc.documentId()), st.plain);
    Xlsx.cell(sheet, r++, 1, tx.format("footer.generated", doc.generatedAt()), st.plain);
    Xlsx.cell(sheet, r++, 1, tx.format("footer.version", doc.softwareVersion()), st.plain);
    Xlsx.cell(sheet, r++, 1, tx.format("footer.digest", doc.digest()), st.plain);
    Xlsx.cell(sheet, r, 1, doc.stampText(), st.plain);
  }

  /** The adoption line, every signature block as rows of name and room to sign, the rest. */
  private static void closing(XSSFSheet sheet, FormDocument doc, XlsxStyles st) {
    for (int c = 0; c < CLOSING_WIDTHS.length; c++) {
      sheet.setColumnWidth(c, CLOSING_WIDTHS[c] * 256);
    }
    int r = 0;
    Xlsx.cell(sheet, r, 0, doc.markingText(), st.marking);
    Xlsx.cell(sheet, r++, 1, doc.formCode(), st.bold);
    r++;
    for (String l : doc.closing().lines()) {
      r = paragraph(sheet, r, l, st.bold, CLOSING_WIDTHS);
    }
    for (FormDocument.SignatureBlock b : doc.closing().blocks()) {
      r++;
      Xlsx.cell(sheet, r, 0, b.title(), st.header);
      for (int c = 1; c < CLOSING_WIDTHS.length; c++) {
        Xlsx.cell(sheet, r, c, "", st.header);
      }
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, CLOSING_WIDTHS.length - 1));
      r++;
      if (b.cells().isEmpty()) {
        r = paragraph(sheet, r, doc.texts().get("sig.saksi.none"), st.wrap, CLOSING_WIDTHS);
      }
      int n = 1;
      for (FormDocument.SignatureCell cell : b.cells()) {
        Xlsx.cell(sheet, r, 0, Integer.toString(n++), st.text);
        Xlsx.cell(
            sheet,
            r,
            1,
            cell.stands().isEmpty() ? cell.heading() : cell.heading() + "\n" + cell.stands(),
            st.text);
        Xlsx.cell(
            sheet,
            r,
            2,
            cell.name().isEmpty() ? doc.texts().get("sig.name") : cell.name(),
            st.signature);
        Xlsx.cell(sheet, r, 3, cell.note(), st.signature);
        sheet.getRow(r).setHeightInPoints(BLANK_HEIGHT);
        r++;
      }
    }
    r++;
    for (String l : doc.closing().after()) {
      r = paragraph(sheet, r, l, st.wrap, CLOSING_WIDTHS);
    }
    Xlsx.cell(sheet, r + 1, 1, doc.texts().format("footer.digest", doc.digest()), st.plain);
    Xlsx.cell(sheet, r + 2, 1, doc.stampText(), st.plain);
  }

  private static void properties(XSSFWorkbook wb, FormDocument doc) {
    var core = wb.getProperties().getCoreProperties();
    Date when = Date.from(doc.generated().toInstant());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.setCreator("Rekap " + doc.softwareVersion());
    core.setTitle(doc.formCode() + " " + doc.documentId());
    core.setSubjectProperty(doc.markingText() + " sha256=" + doc.digest());
    core.setKeywords(doc.qrContent());
  }
}
