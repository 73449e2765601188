package id.rekap.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two embedded fonts (DejaVu Sans, free licence in {@code report/fonts/}) with measuring and
 * word wrapping, so no text is ever cut: a cell grows a line instead. Embedding makes the paper
 * look the same on every office printer.
 */
final class PdfText {
  private static final String FONTS = "/id/rekap/core/report/fonts/";
  final PDType0Font regular;
  final PDType0Font bold;

  PdfText(PDDocument doc) {
    this.regular = load(doc, "DejaVuSans.ttf");
    this.bold = load(doc, "DejaVuSans-Bold.ttf");
  }

  private static PDType0Font load(PDDocument doc, String name) {
    try (InputStream in = PdfText.class.getResourceAsStream(FONTS + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the build: " + name);
      }
      return PDType0Font.load(doc, in, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static float width(PDType0Font font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Control characters (new lines, tabs in free text) cannot be shown; they become spaces. */
  static String clean(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
  }

  /** Lines of at most {@code max} points; a word longer than a line is broken by characters. */
  static List<String> wrap(PDType0Font font, float size, String text, float max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : clean(text).split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, size, candidate) <= max) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(font, size, rest) > max && rest.length() > 1) {
        int n = rest.length() - 1;
        while (n > 1 && width(font, size, rest.substring(0, n)) > max) {
          n--;
        }
        lines.add(rest.substring(0, n));
        rest = rest.substring(n);
      }
      line.append(rest);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The size at which a single-line text fits, never above {@code size} nor below 3.5 pt. */
  static float fit(PDType0Font font, float size, String text, float max) {
    float w = width(font, size, text);
    return w <= max ? size : Math.max(3.5f, size * max / w);
  }
}
