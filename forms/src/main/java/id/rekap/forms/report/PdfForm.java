package id.rekap.forms.report;

import id.rekap.core.report.FormBlock;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a form as PDF, landscape on A4 or F4, fonts embedded. The pages are laid out first (so
 * every page can say "Hal. x dari y"): the berita acara's opening, each column group of the
 * certificate from a fresh page, the annex, and the closing with the signatures kept together on
 * the last page. Reproducible: the document dates come from the form's generation time and the
 * trailer id from its digest, so the same form gives the same bytes.
 */
public final class PdfForm {
  private static final float PARAGRAPH = 7.5f;
  private static final float PARAGRAPH_LINE = 9.4f;

  /** A page being laid out: what to draw on it, and whether it carries the initials strip. */
  private static final class Page {
    final List<Consumer<PdfCanvas>> ops = new ArrayList<>();
    boolean paraf = true;
    int rows;
  }

  /**
   * What a page holds, for the layout checks: table rows, whether the closing (signatures) is on
   * it, whether it carries the initials strip.
   */
  record PageSummary(int rows, boolean closing, boolean paraf) {}

  private final FormDocument doc;
  private final PdfText text;
  private final PdfFrame frame;
  private final float usable;
  private final List<Page> pages = new ArrayList<>();
  private Page page;
  private float y;

  private PdfForm(FormDocument doc, PdfText text, Paper paper) {
    this.doc = doc;
    this.text = text;
    this.frame = new PdfFrame(doc, text, paper.width(), paper.height());
    this.usable = paper.width() - 2 * PdfFrame.MARGIN;
  }

  public static void write(FormDocument doc, Paper paper, OutputStream out) {
    try (PDDocument pdf = new PDDocument();
        PdfText text = new PdfText(pdf)) {
      PdfForm form = new PdfForm(doc, text, paper);
      form.layout();
      int n = form.pages.size();
      for (int p = 0; p < n; p++) {
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
          PdfCanvas c = new PdfCanvas(cs, text);
          Page laid = form.pages.get(p);
          form.frame.draw(c, p + 1, n, laid.paraf);
          laid.ops.forEach(op -> op.accept(c));
        }
      }
      info(pdf, doc);
      pdf.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pages the form takes on the paper, as laid out (for the layout checks). */
  static List<PageSummary> summary(FormDocument doc, Paper paper) {
    try (PDDocument pdf = new PDDocument();
        PdfText text = new PdfText(pdf)) {
      PdfForm form = new PdfForm(doc, text, paper);
      form.layout();
      return form.pages.stream().map(p -> new PageSummary(p.rows, !p.paraf, p.paraf)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void newPage() {
    page = new Page();
    pages.add(page);
    y = frame.top();
  }

  private float bottom() {
    return frame.bottom(true);
  }

  private void layout() {
    newPage();
    float x = PdfFrame.MARGIN;
    for (String p : doc.heading().opening()) {
      List<String> lines = PdfText.wrap(text.regular, PARAGRAPH, p, usable);
      float top = y;
      page.ops.add(
          c -> {
            float ly = top - PARAGRAPH;
            for (String l : lines) {
              c.show(text.regular, PARAGRAPH, x, ly, l);
              ly -= PARAGRAPH_LINE;
            }
          });
      y -= lines.size() * PARAGRAPH_LINE + 2;
    }
    if (!doc.heading().opening().isEmpty()) {
      y -= 3;
    }
    for (FormBlock b : doc.body()) {
      switch (b) {
        case FormBlock.Grid g -> grid(new PdfGrid(g, doc.texts(), text, usable));
        case FormBlock.Listing l -> listing(l.newPage(), new PdfListing(l, text, usable));
      }
    }
    PdfClosing closing = new PdfClosing(doc.closing(), doc.texts(), text, usable);
    if (y - closing.height() < frame.bottom(false) && !page.ops.isEmpty()) {
      newPage();
    }
    float top = y;
    page.ops.add(c -> closing.draw(c, x, top));
    page.paraf = false;
  }

  private void grid(PdfGrid grid) {
    float x = PdfFrame.MARGIN;
    List<PdfGrid.Group> groups = grid.groups();
    for (int gi = 0; gi < groups.size(); gi++) {
      PdfGrid.Group g = groups.get(gi);
      if (gi > 0) {
        newPage();
      }
      float fixed = grid.captionHeight() + g.headerHeight() + grid.notesHeight(g) + 4;
      List<int[]> ranges =
          PdfRows.paginate(
              grid.table().rows(),
              grid.rowHeights(),
              y - bottom() - fixed,
              frame.top() - bottom() - fixed);
      for (int ri = 0; ri < ranges.size(); ri++) {
        int[] range = ranges.get(ri);
        if (ri > 0) {
          newPage();
        }
        if (range[0] == range[1]) {
          continue;
        }
        float top = y;
        page.ops.add(
            c -> {
              float yy = grid.drawCaption(c, g, x, top);
              yy = grid.drawHeader(c, g, x, yy);
              yy = grid.drawRows(c, g, range[0], range[1], x, yy);
              grid.drawNotes(c, g, x, yy);
            });
        float rows = 0;
        for (int r = range[0]; r < range[1]; r++) {
          rows += grid.rowHeights()[r];
        }
        page.rows += range[1] - range[0];
        y -= fixed + rows;
      }
    }
  }

  private void listing(boolean fresh, PdfListing listing) {
    float x = PdfFrame.MARGIN;
    if (fresh && !page.ops.isEmpty()) {
      newPage();
    } else {
      y -= 6;
    }
    float head = listing.headerHeight();
    listing.fit(frame.top() - bottom() - listing.captionHeight(false) - head);
    List<int[]> ranges =
        PdfRows.paginate(
            listing.rows(),
            listing.rowHeights(),
            y - bottom() - listing.captionHeight(true) - head,
            frame.top() - bottom() - listing.captionHeight(false) - head);
    for (int ri = 0; ri < ranges.size(); ri++) {
      int[] range = ranges.get(ri);
      boolean first = ri == 0 || ranges.get(0)[0] == ranges.get(0)[1] && ri == 1;
      if (ri > 0) {
        newPage();
      }
      if (range[0] == range[1]) {
        continue;
      }
      float top = y;
      page.ops.add(
          c -> {
            float yy = listing.drawCaption(c, x, top, first);
            yy = listing.drawHeader(c, x, yy);
            listing.drawRows(c, range[0], range[1], x, yy);
          });
      float rows = 0;
      for (int r = range[0]; r < range[1]; r++) {
        rows += listing.rowHeights()[r];
      }
      page.rows += range[1] - range[0];
      y -= listing.captionHeight(first) + head + rows;
    }
  }

  private static void info(PDDocument pdf, FormDocument doc) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(doc.formCode() + " " + doc.documentId());
    info.setSubject(doc.markingText() + " sha256=" + doc.digest());
    info.setKeywords(doc.qrContent());
    info.setCreator("Rekap " + doc.softwareVersion());
    info.setProducer("Rekap " + doc.softwareVersion());
    GregorianCalendar when = GregorianCalendar.from(doc.generated());
    info.setCreationDate(when);
    info.setModificationDate(when);
    byte[] id = doc.digest().substring(0, 32).getBytes(StandardCharsets.US_ASCII);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}
