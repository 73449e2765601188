package id.rekap.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a form as an XLSX sheet with the same content as the PDF: counts as numeric cells (shown
 * with the reader's grouping, 1.234 in an Indonesian Excel), the header rows and label columns
 * frozen, the print area and repeated header row set, landscape on one page width. Reproducible:
 * the core properties carry the form's generation time and {@link Rezip} fixes the zip entries'
 * timestamps.
 */
public final class XlsxForm {
  private XlsxForm() {}

  public static void write(FormDocument doc, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxStyles st = new XlsxStyles(wb);
      XSSFSheet sheet = wb.createSheet("Formulir");
      int r = 0;
      cell(sheet, r, 0, doc.markingText(), st.marking);
      cell(sheet, r++, 1, doc.texts().get("marking.note." + doc.marking().id()), st.plain);
      for (String title : doc.title()) {
        cell(sheet, r++, 1, title, st.bold);
      }
      for (FormDocument.HeaderField f : doc.header()) {
        cell(sheet, r++, 1, f.label() + ": " + f.value(), st.plain);
      }
      int maxCol = 0;
      int freezeRow = -1;
      for (FormDocument.Section s : doc.sections()) {
        r++;
        if (!s.caption().isEmpty()) {
          cell(sheet, r++, 1, s.caption(), st.bold);
        }
        FormTable t = s.table();
        for (int c = 0; c < t.columns().size(); c++) {
          cell(sheet, r, c, t.columns().get(c).header(), st.header);
        }
        if (freezeRow < 0) {
          freezeRow = r;
        }
        r++;
        maxCol = Math.max(maxCol, t.columns().size() - 1);
        for (FormTable.Row row : t.rows()) {
          writeRow(sheet.createRow(r++), row, st);
        }
      }
      r++;
      FormTexts tx = doc.texts();
      cell(sheet, r++, 1, tx.format("footer.document", doc.documentId()), st.plain);
      cell(sheet, r++, 1, tx.format("footer.generated", doc.generatedAt()), st.plain);
      cell(sheet, r++, 1, tx.format("footer.version", doc.softwareVersion()), st.plain);
      cell(sheet, r++, 1, tx.format("footer.digest", doc.digest()), st.plain);
      cell(sheet, r++, 1, doc.stampText(), st.plain);
      layout(wb, sheet, doc, freezeRow, maxCol, r - 1);
      properties(wb, doc);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      wb.write(raw);
      Rezip.normalize(raw.toByteArray(), doc.generated().toLocalDateTime(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeRow(XSSFRow x, FormTable.Row row, XlsxStyles st) {
    boolean strong = row.kind() != FormTable.Kind.DATA && row.kind() != FormTable.Kind.SIGNATURE;
    if (row.kind() == FormTable.Kind.SIGNATURE) {
      x.setHeightInPoints(30);
    }
    for (int c = 0; c < row.cells().size(); c++) {
      Object v = row.cells().get(c);
      XSSFCell cell = x.createCell(c);
      if (v instanceof Long n) {
        cell.setCellValue(n);
        cell.setCellStyle(strong ? st.numberBold : st.number);
      } else {
        if (v instanceof String s) {
          cell.setCellValue(s);
        }
        cell.setCellStyle(strong ? st.textBold : st.text);
      }
    }
  }

  private static void cell(XSSFSheet sheet, int r, int c, String value, Object style) {
    XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    XSSFCell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle((org.apache.poi.ss.usermodel.CellStyle) style);
  }

  private static void layout(
      XSSFWorkbook wb, XSSFSheet sheet, FormDocument doc, int freezeRow, int maxCol, int lastRow) {
    sheet.setColumnWidth(0, 8 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    for (int c = 2; c <= maxCol; c++) {
      sheet.setColumnWidth(c, 15 * 256);
    }
    sheet.createFreezePane(2, freezeRow + 1);
    wb.setPrintArea(0, 0, maxCol, 0, lastRow);
    sheet.setRepeatingRows(new CellRangeAddress(freezeRow, freezeRow, -1, -1));
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.getHeader().setLeft(doc.markingText());
    sheet.getHeader().setCenter(doc.title().getFirst());
    sheet.getHeader().setRight(doc.markingText());
    sheet.getFooter().setLeft(doc.documentId() + " sha256=" + doc.digest());
    sheet.getFooter().setRight(doc.texts().format("footer.page", "&P", "&N"));
  }

  private static void properties(XSSFWorkbook wb, FormDocument doc) {
    var core = wb.getProperties().getCoreProperties();
    Date when = Date.from(doc.generated().toInstant());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.setCreator("Rekap " + doc.softwareVersion());
    core.setTitle(doc.title().getFirst() + " " + doc.documentId());
    core.setSubjectProperty(doc.markingText() + " sha256=" + doc.digest());
    core.setKeywords(doc.qrContent());
  }
}
