package id.rekap.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The core's tests' {@link FormRenderer}: the real one lives in the forms module, which depends on
 * the core, so the core's own tests (packages, signing a form, the audit of it) get a one-page PDF
 * that PDFBox can open and sign, naming the form. What a form looks like is tested in the forms
 * module. Registered under the test resources' {@code META-INF/services}, left out of the test jar.
 */
public final class PlainForms implements FormRenderer {
  @Override
  public void write(FormDocument doc, ReportFile.Format format, Paper paper, OutputStream out) {
    if (format != ReportFile.Format.PDF) {
      throw new UnsupportedOperationException("the core's tests draw forms as PDF only");
    }
    String text = doc.fileStem().replaceAll("[^A-Za-z0-9 ._-]", "_");
    String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    put(pdf, "%PDF-1.7\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      put(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = pdf.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    for (int o : offsets) {
      table.append(String.format("%010d 00000 n \n", o));
    }
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    put(pdf, table.toString());
    try {
      pdf.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}
