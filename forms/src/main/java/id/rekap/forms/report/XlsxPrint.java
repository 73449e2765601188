package id.rekap.forms.report;

import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The print setup of a form sheet: the chosen paper (A4, or F4 as Excel's Folio 8.5 × 13 in),
 * landscape, a fixed scale no smaller than 70 % (a wide grid is split into page-wide column groups
 * instead of being shrunk to unreadable print), and the marking, title, document id, data digest
 * and page number in the page header and footer.
 */
final class XlsxPrint {
  /** Below this a 9-point digit is smaller than 6.3 points on paper: split, do not shrink. */
  static final double MIN_SCALE = 0.70;

  private static final double SIDE_MARGIN_INCH = 0.4;

  private XlsxPrint() {}

  /** The printed width, in points at 100 %, of a column {@code chars} characters wide. */
  static double points(int chars) {
    // Excel: a column of n characters of the default font is n * 7 + 5 pixels at 96 dpi
    return (chars * 7 + 5) * 0.75;
  }

  /** The width between the side margins, in points. */
  static double printable(Paper paper) {
    return paper.width() - 2 * SIDE_MARGIN_INCH * 72;
  }

  /** The largest scale (percent) at which the given width fits, never below the minimum. */
  static int scale(Paper paper, double widthPoints) {
    double s = Math.min(1.0, printable(paper) / widthPoints);
    return (int) Math.floor(Math.max(MIN_SCALE, s) * 100);
  }

  static void setup(XSSFSheet sheet, FormDocument doc, Paper paper, int scale) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(paper == Paper.F4 ? PrintSetup.FOLIO8_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(false);
    ps.setScale((short) scale);
    sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCH);
    sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCH);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    sheet.setMargin(PageMargin.HEADER, 0.25);
    sheet.setMargin(PageMargin.FOOTER, 0.25);
    sheet.getHeader().setLeft(doc.markingText());
    sheet.getHeader().setCenter(doc.formCode());
    sheet.getHeader().setRight(doc.markingText());
    sheet
        .getFooter()
        .setLeft(
            doc.texts().format("footer.document", doc.documentId())
                + "  "
                + doc.texts().format("footer.digest", doc.digest()));
    sheet.getFooter().setRight(doc.texts().format("footer.page", "&P", "&N"));
  }
}
