package id.rekap.forms.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Small helpers of the form sheets: a text cell, and how many lines a text wraps to. */
final class Xlsx {
  private Xlsx() {}

  static XSSFCell cell(XSSFSheet sheet, int r, int c, String value, CellStyle style) {
    XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    XSSFCell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** The lines a text takes in a column {@code chars} wide, wrapped at spaces as Excel does. */
  static int lines(String text, int chars) {
    int lines = 1;
    int used = 0;
    for (String word : PdfText.clean(text).split(" +")) {
      int need = used == 0 ? word.length() : used + 1 + word.length();
      if (used > 0 && need > chars) {
        lines++;
        used = word.length();
      } else {
        used = need;
      }
    }
    return lines;
  }
}
