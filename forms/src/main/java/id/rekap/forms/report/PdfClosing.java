package id.rekap.forms.report;

import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing on paper, kept on one page: the adoption line, then each signature block as a row of
 * boxed cells in the manner of the C.Hasil (who signs, what they stand for, room to sign, the name
 * under a dotted line; a note such as "(tidak hadir)" instead of room to sign), then the lines
 * after them.
 */
final class PdfClosing {
  private static final float TEXT = 7.5f;
  private static final float TEXT_LINE = 9.4f;
  private static final float TITLE = 6.6f;
  private static final float HEADING = 6.3f;
  private static final float STANDS = 5.8f;
  private static final float NAME = 6.6f;
  private static final float SIGN_SPACE = 34;
  private static final float PAD = 2.5f;

  private final FormDocument.Closing closing;
  private final FormTexts texts;
  private final PdfText text;
  private final float usable;

  /** The closing's lines wrapped; the last (the adoption line) is bold. */
  private final List<String> lines = new ArrayList<>();

  private int boldFrom;
  private final List<String> after = new ArrayList<>();

  PdfClosing(FormDocument.Closing closing, FormTexts texts, PdfText text, float usable) {
    this.closing = closing;
    this.texts = texts;
    this.text = text;
    this.usable = usable;
    for (int i = 0; i < closing.lines().size(); i++) {
      boolean last = i == closing.lines().size() - 1;
      if (last) {
        boldFrom = lines.size();
      }
      lines.addAll(
          PdfText.wrap(last ? text.bold : text.regular, TEXT, closing.lines().get(i), usable));
    }
    for (String l : closing.after()) {
      after.addAll(PdfText.wrap(text.regular, TEXT, l, usable));
    }
  }

  float height() {
    float h = lines.size() * TEXT_LINE + 6;
    for (FormDocument.SignatureBlock b : closing.blocks()) {
      h += blockHeight(b) + 6;
    }
    return h + after.size() * TEXT_LINE;
  }

  private float cellWidth(FormDocument.SignatureBlock b) {
    return usable / Math.max(1, b.perRow());
  }

  /** A block of fewer cells than a row holds is as wide as its cells. */
  private float blockWidth(FormDocument.SignatureBlock b) {
    return b.cells().isEmpty()
        ? usable
        : cellWidth(b) * Math.min(b.cells().size(), Math.max(1, b.perRow()));
  }

  private float titleHeight(FormDocument.SignatureBlock b) {
    return PdfText.wrap(text.bold, TITLE, b.title(), blockWidth(b) - 2 * PAD).size() * (TITLE + 2)
        + 2 * PAD;
  }

  private float blockHeight(FormDocument.SignatureBlock b) {
    float h = titleHeight(b);
    if (b.cells().isEmpty()) {
      return h + TEXT_LINE + 2 * PAD;
    }
    for (int from = 0; from < b.cells().size(); from += b.perRow()) {
      h += rowHeight(b, from);
    }
    return h;
  }

  private float rowHeight(FormDocument.SignatureBlock b, int from) {
    float w = cellWidth(b) - 2 * PAD;
    int head = 1;
    int stands = 0;
    for (int i = from; i < Math.min(b.cells().size(), from + b.perRow()); i++) {
      FormDocument.SignatureCell c = b.cells().get(i);
      head = Math.max(head, PdfText.wrap(text.bold, HEADING, c.heading(), w).size());
      if (!c.stands().isEmpty()) {
        stands = Math.max(stands, PdfText.wrap(text.regular, STANDS, c.stands(), w).size());
      }
    }
    return 2 * PAD + head * (HEADING + 1.5f) + stands * (STANDS + 1.4f) + SIGN_SPACE + NAME + 4;
  }

  float draw(PdfCanvas c, float x, float top) {
    float y = top;
    for (int i = 0; i < lines.size(); i++) {
      c.show(i >= boldFrom ? text.bold : text.regular, TEXT, x, y - TEXT, lines.get(i));
      y -= TEXT_LINE;
    }
    y -= 6;
    for (FormDocument.SignatureBlock b : closing.blocks()) {
      y = drawBlock(c, b, x, y) - 6;
    }
    for (String l : after) {
      c.show(text.regular, TEXT, x, y - TEXT, l);
      y -= TEXT_LINE;
    }
    return y;
  }

  private float drawBlock(PdfCanvas c, FormDocument.SignatureBlock b, float x, float top) {
    float th = titleHeight(b);
    float bw = blockWidth(b);
    c.fill(0.9f, x, top - th, bw, th);
    float ty = top - PAD - TITLE;
    for (String l : PdfText.wrap(text.bold, TITLE, b.title(), bw - 2 * PAD)) {
      c.center(text.bold, TITLE, x + bw / 2, ty, l);
      ty -= TITLE + 2;
    }
    c.box(0.5f, x, top - th, bw, th);
    float y = top - th;
    if (b.cells().isEmpty()) {
      c.show(text.regular, TEXT, x + PAD, y - PAD - TEXT, texts.get("sig.saksi.none"));
      c.box(0.5f, x, y - TEXT_LINE - 2 * PAD, usable, TEXT_LINE + 2 * PAD);
      return y - TEXT_LINE - 2 * PAD;
    }
    float cw = cellWidth(b);
    for (int from = 0; from < b.cells().size(); from += b.perRow()) {
      float h = rowHeight(b, from);
      for (int i = from; i < Math.min(b.cells().size(), from + b.perRow()); i++) {
        drawCell(c, b.cells().get(i), x + (i - from) * cw, y, cw, h);
      }
      y -= h;
    }
    return y;
  }

  private void drawCell(
      PdfCanvas c, FormDocument.SignatureCell cell, float x, float top, float w, float h) {
    c.box(0.5f, x, top - h, w, h);
    float inner = w - 2 * PAD;
    float y = top - PAD - HEADING;
    for (String l : PdfText.wrap(text.bold, HEADING, cell.heading(), inner)) {
      c.show(text.bold, HEADING, x + PAD, y, l);
      y -= HEADING + 1.5f;
    }
    if (!cell.stands().isEmpty()) {
      for (String l : PdfText.wrap(text.regular, STANDS, cell.stands(), inner)) {
        c.show(text.regular, STANDS, x + PAD, y + 0.5f, l);
        y -= STANDS + 1.4f;
      }
    }
    float nameY = top - h + PAD + 1;
    float lineY = nameY + NAME + 1.5f;
    if (!cell.note().isEmpty()) {
      c.center(text.regular, NAME, x + w / 2, lineY + SIGN_SPACE / 2 - 2, cell.note());
    } else {
      c.dotted(x + PAD + 6, x + w - PAD - 6, lineY);
    }
    String name = cell.name().isEmpty() ? texts.get("sig.name") : cell.name();
    float size = PdfText.fit(text.regular, NAME, name, inner);
    c.center(text.regular, size, x + w / 2, nameY, name);
  }
}
