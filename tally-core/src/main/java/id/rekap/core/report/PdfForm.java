package id.rekap.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a form as PDF, landscape on A4 or F4, fonts embedded. Reproducible: the document dates
 * come from the form's generation time and the trailer id from its digest, so the same form gives
 * the same bytes (PDFBox would otherwise stamp the wall clock into the id).
 */
public final class PdfForm {
  private PdfForm() {}

  public static void write(FormDocument doc, Paper paper, OutputStream out) {
    try (PDDocument pdf = new PDDocument()) {
      PdfText text = new PdfText(pdf);
      PdfTable table = new PdfTable(text);
      PdfFrame frame = new PdfFrame(doc, text);
      float width = paper.width();
      float height = paper.height();
      PdfLayout layout = new PdfLayout(doc, table, width, frame.tableTop(width, height));
      List<List<PdfLayout.Block>> pages = layout.pages();
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
          frame.draw(cs, width, height, p + 1, pages.size());
          cs.setLineWidth(0.4f);
          for (PdfLayout.Block b : pages.get(p)) {
            drawBlock(cs, doc, table, b);
          }
        }
      }
      info(pdf, doc);
      pdf.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void drawBlock(
      PDPageContentStream cs, FormDocument doc, PdfTable table, PdfLayout.Block b)
      throws IOException {
    FormDocument.Section s = doc.sections().get(b.group().section());
    float x = PdfFrame.MARGIN;
    float y = b.top();
    if (!s.caption().isEmpty()) {
      PdfTable.show(cs, table.bold(), 7.5f, x, y - 9, s.caption());
      y -= PdfLayout.captionHeight(s);
    }
    y = table.drawHeader(cs, s.table(), b.group(), x, y);
    for (int r = b.from(); r < b.to(); r++) {
      y = table.drawRow(cs, s.table(), s.table().rows().get(r), b.group(), x, y);
    }
  }

  private static void info(PDDocument pdf, FormDocument doc) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(doc.title().getFirst() + " " + doc.documentId());
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
