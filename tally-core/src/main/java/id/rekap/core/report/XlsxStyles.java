package id.rekap.core.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of a form sheet, created once per workbook (Excel limits their number). */
final class XlsxStyles {
  final CellStyle plain;
  final CellStyle bold;
  final CellStyle marking;
  final CellStyle header;
  final CellStyle text;
  final CellStyle textBold;
  final CellStyle number;
  final CellStyle numberBold;

  XlsxStyles(XSSFWorkbook wb) {
    XSSFFont boldFont = wb.createFont();
    boldFont.setBold(true);
    XSSFFont big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    short count = wb.createDataFormat().getFormat("#,##0");
    plain = wb.createCellStyle();
    bold = wb.createCellStyle();
    bold.setFont(boldFont);
    marking = wb.createCellStyle();
    marking.setFont(big);
    header = boxed(wb);
    header.setFont(boldFont);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = boxed(wb);
    text.setWrapText(true);
    textBold = boxed(wb);
    textBold.setWrapText(true);
    textBold.setFont(boldFont);
    number = boxed(wb);
    number.setDataFormat(count);
    numberBold = boxed(wb);
    numberBold.setDataFormat(count);
    numberBold.setFont(boldFont);
  }

  private static CellStyle boxed(XSSFWorkbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }
}
