package id.rekap.forms.print;

import id.rekap.core.common.RekapException;
import id.rekap.core.report.Paper;
import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterJob;
import java.nio.file.Path;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a written PDF form through the system's print dialog, on A4 or F4 (folio) landscape as the
 * form was laid out. Kept to the few lines AWT printing needs: there is no printer in the tests, so
 * this is the one path they cannot drive; everything before it (writing the form) is the view
 * model's (the desktop app), and tested.
 */
public final class FormPrinter {
  private FormPrinter() {}

  public static boolean print(Path pdf, Paper paper) throws Exception {
    // no printer at all: say so in the window's words, not in the print dialog's English
    if (GraphicsEnvironment.isHeadless()
        || javax.print.PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
      throw RekapException.state("report.error.noPrinter");
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(pdf.getFileName().toString());
      job.setPageable(new PDFPageable(doc));
      PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
      attributes.add(
          paper == Paper.A4 ? MediaSizeName.ISO_A4 : MediaSize.findMedia(215f, 330f, MediaSize.MM));
      attributes.add(OrientationRequested.LANDSCAPE);
      if (!job.printDialog(attributes)) {
        return false;
      }
      job.print(attributes);
      return true;
    }
  }
}
