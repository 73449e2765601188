package id.rekap.core.report;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * What every page repeats: the marking, the title lines, the header fields and the QR code at the
 * top; the document id, generation time, version, digest, marking and "Hal. x dari y" at the
 * bottom. A photo of any single page thus identifies the document.
 */
final class PdfFrame {
  static final float MARGIN = 24;
  static final float QR = 64;
  static final float BOTTOM = MARGIN + 24;
  private static final float LEFT_BOX = 104;
  private static final float FIELD_LINE = 9.5f;

  private final FormDocument doc;
  private final PdfText text;
  private final BitMatrix qr;

  PdfFrame(FormDocument doc, PdfText text) {
    this.doc = doc;
    this.text = text;
    this.qr = QrCode.modules(doc.qrContent());
  }

  /** The y where the table area starts on a page of the given height. */
  float tableTop(float width, float height) {
    float titles = titleLines(width).size() * 11 + 4;
    float fields = (doc.header().size() + 1) / 2 * FIELD_LINE;
    return height - MARGIN - Math.max(QR + 6, titles + fields + 8);
  }

  private List<String> titleLines(float width) {
    float max = width - 2 * MARGIN - 2 * LEFT_BOX;
    return doc.title().stream().flatMap(t -> PdfText.wrap(text.bold, 9, t, max).stream()).toList();
  }

  void draw(PDPageContentStream cs, float width, float height, int page, int pages)
      throws IOException {
    float top = height - MARGIN;
    String mark = doc.markingText();
    float mw = PdfText.width(text.bold, 13, mark) + 12;
    cs.setLineWidth(1.2f);
    cs.addRect(MARGIN, top - 20, mw, 20);
    cs.stroke();
    PdfTable.show(cs, text.bold, 13, MARGIN + 6, top - 15, mark);
    String note = doc.texts().get("marking.note." + doc.marking().id());
    for (String l : PdfText.wrap(text.regular, 6, note, LEFT_BOX - 4)) {
      top -= 7;
      PdfTable.show(cs, text.regular, 6, MARGIN, top - 22, l);
    }
    float y = height - MARGIN - 9;
    for (String l : titleLines(width)) {
      float w = PdfText.width(text.bold, 9, l);
      PdfTable.show(cs, text.bold, 9, (width - w) / 2, y, l);
      y -= 11;
    }
    y -= 6;
    float colWidth = (width - 2 * MARGIN - QR) / 2;
    List<FormDocument.HeaderField> fields = doc.header();
    for (int i = 0; i < fields.size(); i++) {
      float x = MARGIN + (i % 2) * colWidth;
      float fy = y - (i / 2) * FIELD_LINE;
      FormDocument.HeaderField f = fields.get(i);
      PdfTable.show(cs, text.bold, 7, x, fy, f.label());
      String value = ": " + f.value();
      float size = PdfText.fit(text.regular, 7, value, colWidth - 92);
      PdfTable.show(cs, text.regular, size, x + 86, fy, value);
    }
    drawQr(cs, width - MARGIN - QR, height - MARGIN - QR);
    footer(cs, width, page, pages);
  }

  private void footer(PDPageContentStream cs, float width, int page, int pages) throws IOException {
    FormTexts t = doc.texts();
    String line1 =
        String.join(
            "   ",
            t.format("footer.document", doc.documentId()),
            t.format("footer.generated", doc.generatedAt()),
            t.format("footer.version", doc.softwareVersion()));
    String line2 = t.format("footer.digest", doc.digest());
    // issue 13: the adoption (or why DRAFT) and the audit head, above the two footer lines
    String stamp = doc.stampText();
    float ss = PdfText.fit(text.regular, 6.5f, stamp, width - 2 * MARGIN - 60);
    PdfTable.show(cs, text.regular, ss, MARGIN, MARGIN + 11, stamp);
    PdfTable.show(cs, text.regular, 6.5f, MARGIN, MARGIN + 2, line1);
    PdfTable.show(cs, text.regular, 6.5f, MARGIN, MARGIN - 7, line2);
    String pageText = t.format("footer.page", page, pages);
    float pw = PdfText.width(text.bold, 8, pageText);
    PdfTable.show(cs, text.bold, 8, width - MARGIN - pw, MARGIN - 7, pageText);
    String mark = doc.markingText();
    float mw = PdfText.width(text.bold, 8, mark);
    PdfTable.show(cs, text.bold, 8, width - MARGIN - mw, MARGIN + 2, mark);
  }

  private void drawQr(PDPageContentStream cs, float x, float y) throws IOException {
    float module = QR / qr.getWidth();
    for (int row = 0; row < qr.getHeight(); row++) {
      for (int col = 0; col < qr.getWidth(); col++) {
        if (qr.get(col, row)) {
          cs.addRect(x + col * module, y + QR - (row + 1) * module, module, module);
        }
      }
    }
    cs.fill();
  }
}
