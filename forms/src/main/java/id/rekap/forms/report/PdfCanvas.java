package id.rekap.forms.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Drawing on one page: text at a baseline, lines, boxes and shading, in PDF points. */
final class PdfCanvas {
  final PDPageContentStream cs;
  final PdfText text;

  PdfCanvas(PDPageContentStream cs, PdfText text) {
    this.cs = cs;
    this.text = text;
  }

  void show(PDType0Font font, float size, float x, float y, String s) {
    if (s == null || s.isEmpty()) {
      return;
    }
    try {
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(x, y);
      cs.showText(PdfText.clean(s));
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void right(PDType0Font font, float size, float right, float y, String s) {
    show(font, size, right - PdfText.width(font, size, PdfText.clean(s)), y, s);
  }

  void center(PDType0Font font, float size, float mid, float y, String s) {
    show(font, size, mid - PdfText.width(font, size, PdfText.clean(s)) / 2, y, s);
  }

  void line(float width, float x1, float y1, float x2, float y2) {
    try {
      cs.setLineWidth(width);
      cs.moveTo(x1, y1);
      cs.lineTo(x2, y2);
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void box(float width, float x, float y, float w, float h) {
    try {
      cs.setLineWidth(width);
      cs.addRect(x, y, w, h);
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A grey fill (0 black, 1 white). */
  void fill(float grey, float x, float y, float w, float h) {
    try {
      cs.setNonStrokingColor(grey);
      cs.addRect(x, y, w, h);
      cs.fill();
      cs.setNonStrokingColor(0f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dotted line to write on (signature and name lines). */
  void dotted(float x1, float x2, float y) {
    try {
      cs.setLineWidth(0.5f);
      cs.setLineDashPattern(new float[] {0.8f, 1.6f}, 0);
      cs.moveTo(x1, y);
      cs.lineTo(x2, y);
      cs.stroke();
      cs.setLineDashPattern(new float[] {}, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
