package id.rekap.forms.report;

import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormRenderer;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import java.io.OutputStream;

/**
 * The core's {@link FormRenderer}: the PDF by {@link PdfForm} (PDFBox, the QR code by ZXing), the
 * workbook by {@link XlsxForm} (POI). Registered under {@code META-INF/services}.
 */
public final class Forms implements FormRenderer {
  @Override
  public void write(FormDocument doc, ReportFile.Format format, Paper paper, OutputStream out) {
    switch (format) {
      case PDF -> PdfForm.write(doc, paper, out);
      case XLSX -> XlsxForm.write(doc, paper, out);
    }
  }
}
