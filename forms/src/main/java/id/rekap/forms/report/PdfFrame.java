package id.rekap.forms.report;

import com.google.zxing.common.BitMatrix;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page repeats. At the top: the marking in its box (with its note and details), the
 * title with the election line, the model code in its box with "Hal. x dari y" as on the C.Hasil,
 * the QR code, the region line and any notice (a copy's). At the bottom: the stamp (the adoption
 * digest and time, or why the form is a DRAFT, and the audit head), the document id, print time,
 * version and data digest, and on every page but the one with the signatures, the committee's
 * initials strip. A photo of any single page thus identifies the document.
 */
final class PdfFrame {
  static final float MARGIN = 22;
  static final float QR = 50;
  private static final float LEFT_BOX = 96;
  private static final float CODE_BOX = 96;
  private static final float FOOTER = 28;
  static final float PARAF = 22;
  private static final float PARAF_BOX = 34;
  private static final float FIELDS = 7;

  private final FormDocument doc;
  private final PdfText text;
  private final BitMatrix qr;
  private final float width;
  private final float height;
  private final List<Line> title = new ArrayList<>();

  /** The region line: per line, the fields it holds. */
  private final List<List<FormDocument.HeaderField>> fields = new ArrayList<>();

  private final List<String> notices = new ArrayList<>();

  private record Line(String text, float size) {}

  PdfFrame(FormDocument doc, PdfText text, float width, float height) {
    this.doc = doc;
    this.text = text;
    this.width = width;
    this.height = height;
    this.qr = QrCode.modules(doc.qrContent());
    // centred on the page, clear of the marking on the left and the model code on the right
    float codeX = width - MARGIN - QR - 8 - CODE_BOX;
    float center = 2 * Math.min(width / 2 - (MARGIN + LEFT_BOX + 6), codeX - 6 - width / 2);
    List<String> t = doc.title();
    for (int i = 0; i < t.size(); i++) {
      // the election line stands out, as the ballot's name does on the C.Hasil
      float size = i == 1 ? 10.5f : 7.5f;
      for (String l : PdfText.wrap(text.bold, size, t.get(i), center)) {
        title.add(new Line(l, size));
      }
    }
    float used = 0;
    List<FormDocument.HeaderField> line = new ArrayList<>();
    for (FormDocument.HeaderField f : doc.header()) {
      float w = fieldWidth(f) + (line.isEmpty() ? 0 : FIELD_GAP);
      if (!line.isEmpty() && used + w > width - 2 * MARGIN) {
        fields.add(line);
        line = new ArrayList<>();
        used = 0;
        w = fieldWidth(f);
      }
      line.add(f);
      used += w;
    }
    if (!line.isEmpty()) {
      fields.add(line);
    }
    for (String n : doc.heading().notices()) {
      notices.addAll(PdfText.wrap(text.bold, 7.5f, n, width - 2 * MARGIN - 8));
    }
  }

  private static final float FIELD_GAP = 18;

  private float fieldWidth(FormDocument.HeaderField f) {
    return PdfText.width(text.bold, FIELDS, f.label() + ": ")
        + PdfText.width(text.regular, FIELDS, f.value());
  }

  private float titleHeight() {
    float h = 0;
    for (Line l : title) {
      h += l.size() + 3;
    }
    return h;
  }

  /** The y where the content starts. */
  float top() {
    float head = Math.max(QR + 2, titleHeight());
    float y = height - MARGIN - head - 4 - fields.size() * (FIELDS + 2.5f);
    if (!notices.isEmpty()) {
      y -= notices.size() * 9.5f + 6;
    }
    return y - 5;
  }

  /** The y where the content must end, with or without the initials strip. */
  float bottom(boolean paraf) {
    return MARGIN + FOOTER + (paraf && !parafInFooter() && !doc.paraf().isEmpty() ? PARAF : 0) + 2;
  }

  /** The footer's left text block, whose right end the initials strip must stay clear of. */
  private float footerTextWidth() {
    FormTexts t = doc.texts();
    return Math.max(
        PdfText.width(text.regular, 6, footerLine1()),
        PdfText.width(text.regular, 6, t.format("footer.digest", doc.digest())));
  }

  private String footerLine1() {
    FormTexts t = doc.texts();
    return String.join(
        "   ",
        t.format("footer.document", doc.documentId()),
        t.format("footer.generated", doc.generatedAt()),
        t.format("footer.version", doc.softwareVersion()));
  }

  private float parafWidth() {
    float w = PdfText.width(text.bold, 6.5f, doc.texts().get("paraf.title")) + 6;
    for (String l : doc.paraf()) {
      w += PdfText.width(text.regular, 5.8f, l) + 3 + PARAF_BOX + 8;
    }
    return w;
  }

  /** The strip sits between the footer's text and its page number when there is room. */
  private boolean parafInFooter() {
    return MARGIN + footerTextWidth() + 16 + parafWidth() + 70 <= width - MARGIN;
  }

  void draw(PdfCanvas c, int page, int pages, boolean paraf) {
    float top = height - MARGIN;
    // the marking, its note and details
    String mark = doc.markingText();
    float mw = PdfText.width(text.bold, 12, mark) + 12;
    c.box(1.4f, MARGIN, top - 19, mw, 19);
    c.show(text.bold, 12, MARGIN + 6, top - 14.5f, mark);
    float ly = top - 27;
    List<String> under = new ArrayList<>();
    under.add(doc.markingNote());
    for (String u : under) {
      for (String l : PdfText.wrap(text.regular, 5.8f, u, LEFT_BOX - 4)) {
        c.show(text.regular, 5.8f, MARGIN, ly, l);
        ly -= 6.8f;
      }
    }
    // the title, centred between the marking and the model code
    float y = top - 8;
    for (Line l : title) {
      c.center(text.bold, l.size(), width / 2, y, l.text());
      y -= l.size() + 3;
    }
    // the model code box and the page number, as on the C.Hasil
    float codeX = width - MARGIN - QR - 8 - CODE_BOX;
    List<String> code = PdfText.wrap(text.bold, 6.8f, doc.formCode(), CODE_BOX - 6);
    float ch = code.size() * 8 + 5;
    c.box(0.8f, codeX, top - ch, CODE_BOX, ch);
    float cy = top - 8.5f;
    for (String l : code) {
      c.center(text.bold, 6.8f, codeX + CODE_BOX / 2, cy, l);
      cy -= 8;
    }
    c.center(
        text.bold,
        8,
        codeX + CODE_BOX / 2,
        top - ch - 10,
        doc.texts().format("footer.page", page, pages));
    drawQr(c, width - MARGIN - QR, top - QR);
    // the region line and the notices
    float fy = height - MARGIN - Math.max(QR + 2, titleHeight()) - 4 - FIELDS;
    for (List<FormDocument.HeaderField> l : fields) {
      float fx = MARGIN;
      for (FormDocument.HeaderField f : l) {
        String label = f.label() + ": ";
        c.show(text.bold, FIELDS, fx, fy, label);
        c.show(text.regular, FIELDS, fx + PdfText.width(text.bold, FIELDS, label), fy, f.value());
        fx += fieldWidth(f) + FIELD_GAP;
      }
      fy -= FIELDS + 2.5f;
    }
    if (!notices.isEmpty()) {
      float nh = notices.size() * 9.5f + 3;
      float ny = fy + FIELDS - 2;
      c.box(1f, MARGIN, ny - nh, width - 2 * MARGIN, nh);
      float t = ny - 8.5f;
      for (String l : notices) {
        c.show(text.bold, 7.5f, MARGIN + 4, t, l);
        t -= 9.5f;
      }
    }
    footer(c, page, pages);
    if (paraf && !doc.paraf().isEmpty()) {
      paraf(c);
    }
  }

  private void footer(PdfCanvas c, int page, int pages) {
    FormTexts t = doc.texts();
    String line1 = footerLine1();
    String line2 = t.format("footer.digest", doc.digest());
    // the adoption (or why DRAFT) and the audit head (issue 13), above the two footer lines
    String stamp = doc.stampText();
    c.show(
        text.regular,
        PdfText.fit(text.regular, 6, stamp, width - 2 * MARGIN),
        MARGIN,
        MARGIN + 16.5f,
        stamp);
    c.show(text.regular, 6, MARGIN, MARGIN + 8, line1);
    c.show(text.regular, 6, MARGIN, MARGIN, line2);
    c.right(text.bold, 7.5f, width - MARGIN, MARGIN, t.format("footer.page", page, pages));
    c.right(text.bold, 7.5f, width - MARGIN, MARGIN + 8.5f, doc.markingText());
  }

  /** "Paraf" and one box per member, right-aligned above the footer. */
  private void paraf(PdfCanvas c) {
    float boxW = PARAF_BOX;
    float boxH = 14;
    boolean inFooter = parafInFooter();
    float y = inFooter ? MARGIN - 1 : MARGIN + FOOTER + 3;
    float x = inFooter ? width - MARGIN - 62 : width - MARGIN;
    List<String> labels = doc.paraf();
    for (int i = labels.size() - 1; i >= 0; i--) {
      x -= boxW;
      c.box(0.5f, x, y, boxW, boxH);
      float lw = PdfText.width(text.regular, 5.8f, labels.get(i));
      x -= lw + 3;
      c.show(text.regular, 5.8f, x, y + 4.5f, labels.get(i));
      x -= 8;
    }
    String title = doc.texts().get("paraf.title");
    c.right(text.bold, 6.5f, x, y + 4.5f, title);
  }

  private void drawQr(PdfCanvas c, float x, float y) {
    float module = QR / qr.getWidth();
    try {
      for (int row = 0; row < qr.getHeight(); row++) {
        for (int col = 0; col < qr.getWidth(); col++) {
          if (qr.get(col, row)) {
            c.cs.addRect(x + col * module, y + QR - (row + 1) * module, module, module);
          }
        }
      }
      c.cs.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
