package id.rekap.forms.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of a written PDF form as a PNG, for the preview beside the export button. PNG
 * bytes rather than an AWT image, so the view model stays free of toolkit types.
 */
public final class PagePreview {
  /** Rendering resolution: enough to read the form's header on screen, small enough to be quick. */
  private static final float DPI = 60f;

  private PagePreview() {}

  public static byte[] firstPage(Path pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, DPI);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
