package id.rekap.forms.template;

import id.rekap.core.region.Tps;
import id.rekap.core.template.TemplateLayout;
import id.rekap.core.template.TemplateMeta;
import id.rekap.core.template.TemplateSheet;
import id.rekap.core.template.TemplateTarget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX template: an instruction sheet, one data sheet per {@link TemplateSheet} and a very
 * hidden {@value #META} sheet naming format, election, region, contest and each sheet's dapil. Data
 * sheets are protected without a password (against slips, not against intent; the reader checks
 * everything again): header and pre-filled cells are locked, input columns unlocked and restricted
 * to whole numbers 0–999.
 */
final class XlsxTemplateWriter {
  static final String META = "meta";
  static final String INSTRUCTIONS = "Petunjuk";

  /** Fixed file and property time, so the same target gives the same bytes. */
  static final long FIXED_TIME = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

  private XlsxTemplateWriter() {}

  static void write(TemplateTarget target, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      XSSFSheet help = wb.createSheet(INSTRUCTIONS);
      List<String> lines = TemplateInstructions.lines(target);
      for (int i = 0; i < lines.size(); i++) {
        help.createRow(i).createCell(0).setCellValue(lines.get(i));
      }
      help.setColumnWidth(0, 120 * 256);
      help.enableLocking();
      for (TemplateSheet sheet : target.sheets()) {
        dataSheet(wb, styles, target, sheet);
      }
      meta(wb, target);
      var core = wb.getProperties().getCoreProperties();
      core.setCreated(Optional.of(new Date(FIXED_TIME)));
      core.setModified(Optional.of(new Date(FIXED_TIME)));
      core.setCreator("Rekap");
      core.setTitle("Templat isian C.Hasil " + target.contest().code().id());
      wb.write(raw);
    }
    ZipTimes.normalize(new ByteArrayInputStream(raw.toByteArray()), out, FIXED_TIME);
  }

  private static void dataSheet(
      XSSFWorkbook wb, Styles styles, TemplateTarget target, TemplateSheet sheet) {
    XSSFSheet s = wb.createSheet(sheet.name());
    header(s.createRow(0), sheet.labels(), styles.header);
    header(s.createRow(1), sheet.ids(), styles.header);
    int r = TemplateLayout.HEADER_ROWS;
    for (Tps t : sheet.tps()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(t.code().value());
      row.createCell(1).setCellValue(target.tree().nameOf(t.code().desa()));
      row.createCell(2).setCellValue(t.name());
    }
    int last = TemplateLayout.FIXED + sheet.columns().size() - 1;
    for (int c = TemplateLayout.FIXED; c <= last; c++) {
      // cells typed later take the column's style, so the whole column is open for input
      s.setDefaultColumnStyle(c, styles.input);
      s.setColumnWidth(c, 12 * 256);
    }
    s.setColumnWidth(0, 16 * 256);
    s.setColumnWidth(1, 24 * 256);
    s.createFreezePane(TemplateLayout.FIXED, TemplateLayout.HEADER_ROWS);
    if (!sheet.tps().isEmpty()) {
      validation(s, TemplateLayout.HEADER_ROWS, r - 1, TemplateLayout.FIXED, last);
    }
    s.enableLocking();
  }

  private static void header(Row row, List<String> cells, CellStyle style) {
    for (int c = 0; c < cells.size(); c++) {
      var cell = row.createCell(c);
      cell.setCellValue(cells.get(c));
      cell.setCellStyle(style);
    }
  }

  private static void validation(
      XSSFSheet s, int firstRow, int lastRow, int firstCol, int lastCol) {
    DataValidationHelper h = s.getDataValidationHelper();
    DataValidationConstraint c =
        h.createIntegerConstraint(
            DataValidationConstraint.OperatorType.BETWEEN,
            "0",
            Integer.toString(TemplateLayout.MAX_COUNT));
    DataValidation v =
        h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox("Isian salah", "Isi bilangan bulat 0 sampai 999, atau biarkan kosong.");
    s.addValidationData(v);
  }

  private static void meta(XSSFWorkbook wb, TemplateTarget target) {
    XSSFSheet m = wb.createSheet(META);
    List<List<String>> rows = TemplateMeta.rows(target);
    for (int i = 0; i < rows.size(); i++) {
      Row row = m.createRow(i);
      for (int c = 0; c < rows.get(i).size(); c++) {
        row.createCell(c).setCellValue(rows.get(i).get(c));
      }
    }
    m.enableLocking();
    wb.setSheetVisibility(wb.getSheetIndex(m), SheetVisibility.VERY_HIDDEN);
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle input;

    Styles(XSSFWorkbook wb) {
      header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setLocked(true);
      header.setWrapText(true);
      input = wb.createCellStyle();
      input.setLocked(false);
    }
  }
}
