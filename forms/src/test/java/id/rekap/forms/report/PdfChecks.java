package id.rekap.forms.report;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** PDF checks of the form tests: glyph positions, QR decoding, writing. */
public final class PdfChecks {
  private PdfChecks() {}

  public static byte[] pdf(FormDocument doc, Paper paper) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfForm.write(doc, paper, out);
    preview(doc.fileStem() + "-" + paper.id() + ".pdf", out.toByteArray());
    return out.toByteArray();
  }

  public static byte[] xlsx(FormDocument doc) {
    return xlsx(doc, Paper.A4);
  }

  public static byte[] xlsx(FormDocument doc, Paper paper) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxForm.write(doc, paper, out);
    preview(doc.fileStem() + ".xlsx", out.toByteArray());
    return out.toByteArray();
  }

  /** With -Drekap.forms.preview=DIR the tests leave their files there, to look at them. */
  private static void preview(String name, byte[] bytes) {
    String dir = System.getProperty("rekap.forms.preview");
    if (dir != null) {
      try {
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, name), bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** The grid's column groups on a paper: {from, to, running total 1/0} (children 1-based). */
  public static List<int[]> groups(FormDocument doc, Paper paper) throws IOException {
    try (PDDocument d = new PDDocument();
        PdfText text = new PdfText(d)) {
      List<int[]> out = new ArrayList<>();
      for (PdfGrid.Group g :
          new PdfGrid(
                  doc.grids().getFirst(), doc.texts(), text, paper.width() - 2 * PdfFrame.MARGIN)
              .groups()) {
        out.add(new int[] {g.from(), g.to(), g.running() ? 1 : 0});
      }
      return out;
    }
  }

  /** The PDF's number rows compared with the expected rows, group by group. */
  public static void assertNumbers(
      FormDocument doc, Paper paper, byte[] pdf, List<List<Long>> expected) throws IOException {
    FormReader.assertSameRows(
        FormReader.pdfNumberRows(pdf), FormReader.formatted(expected, groups(doc, paper)));
  }

  /** Glyphs whose box lies (partly) outside the page, as "page: text" strings. */
  public static List<String> glyphsOutsidePage(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDRectangle box = doc.getPage(p - 1).getMediaBox();
        int page = p;
        PDFTextStripper s =
            new PDFTextStripper() {
              @Override
              protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                  float x = t.getXDirAdj();
                  float y = t.getYDirAdj();
                  if (x < 0
                      || x + t.getWidthDirAdj() > box.getWidth()
                      || y - t.getHeightDir() < 0
                      || y > box.getHeight()) {
                    out.add(page + ": " + text);
                  }
                }
              }
            };
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
      }
    }
    return out;
  }

  /** The QR codes of every page, decoded from a 200 dpi rendering of its top-right corner. */
  public static List<String> qrCodes(byte[] pdf) throws Exception {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage page = renderer.renderImageWithDPI(p, 200);
        int size = (int) (120 * 200 / 72f);
        BufferedImage corner = page.getSubimage(page.getWidth() - size, 0, size, size);
        int[] rgb = corner.getRGB(0, 0, size, size, null, 0, size);
        BinaryBitmap bitmap =
            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, rgb)));
        Result r = new QRCodeReader().decode(bitmap);
        out.add(r.getText());
      }
    }
    return out;
  }
}
