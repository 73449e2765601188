package id.rekap.forms.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles of a form workbook, created once per workbook (Excel limits their number). A
 * partial count keeps its number but shows the mark (format {@code #,##0"*"}); a field nobody
 * reported is an empty, shaded cell, never 0.
 */
final class XlsxStyles {
  final CellStyle plain;
  final CellStyle wrap;
  final CellStyle bold;
  final CellStyle title;
  final CellStyle marking;
  final CellStyle header;
  final CellStyle text;
  final CellStyle textBold;
  final CellStyle section;
  final CellStyle number;
  final CellStyle numberBold;
  final CellStyle partial;
  final CellStyle partialBold;
  final CellStyle blank;
  final CellStyle center;
  final CellStyle signature;

  XlsxStyles(XSSFWorkbook wb) {
    XSSFFont boldFont = wb.createFont();
    boldFont.setBold(true);
    XSSFFont big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    XSSFFont titleFont = wb.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 12);
    short count = wb.createDataFormat().getFormat("#,##0");
    short partialCount = wb.createDataFormat().getFormat("#,##0\"*\"");
    plain = wb.createCellStyle();
    plain.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    bold = wb.createCellStyle();
    bold.setFont(boldFont);
    title = wb.createCellStyle();
    title.setFont(titleFont);
    marking = wb.createCellStyle();
    marking.setFont(big);
    marking.setBorderTop(BorderStyle.MEDIUM);
    marking.setBorderBottom(BorderStyle.MEDIUM);
    marking.setBorderLeft(BorderStyle.MEDIUM);
    marking.setBorderRight(BorderStyle.MEDIUM);
    header = boxed(wb);
    header.setFont(boldFont);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    grey(header, IndexedColors.GREY_25_PERCENT);
    text = boxed(wb);
    text.setWrapText(true);
    textBold = boxed(wb);
    textBold.setWrapText(true);
    textBold.setFont(boldFont);
    section = boxed(wb);
    section.setFont(boldFont);
    grey(section, IndexedColors.GREY_25_PERCENT);
    number = boxed(wb);
    number.setDataFormat(count);
    numberBold = boxed(wb);
    numberBold.setDataFormat(count);
    numberBold.setFont(boldFont);
    partial = boxed(wb);
    partial.setDataFormat(partialCount);
    partialBold = boxed(wb);
    partialBold.setDataFormat(partialCount);
    partialBold.setFont(boldFont);
    blank = boxed(wb);
    grey(blank, IndexedColors.GREY_40_PERCENT);
    center = boxed(wb);
    center.setAlignment(HorizontalAlignment.CENTER);
    signature = boxed(wb);
    signature.setWrapText(true);
    signature.setVerticalAlignment(VerticalAlignment.BOTTOM);
    signature.setAlignment(HorizontalAlignment.CENTER);
  }

  private static void grey(CellStyle s, IndexedColors colour) {
    s.setFillForegroundColor(colour.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
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
