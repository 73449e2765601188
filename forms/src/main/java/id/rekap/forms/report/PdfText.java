package id.rekap.forms.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two embedded fonts (DejaVu Sans Condensed, free licence in {@code report/fonts/}) with
 * measuring and wrapping at spaces. Embedding makes the paper look the same on every office
 * printer; the condensed cut fits more region columns on a page without shrinking the numbers.
 *
 * <p>Glyph substitution (GSUB) is switched off: PDFBox would otherwise set "ff" as the ligature
 * "ﬀ", and a digest or name copied from the PDF would no longer be the text printed.
 */
final class PdfText implements AutoCloseable {
  private static final String FONTS = "/id/rekap/forms/report/fonts/";
  private static final ConcurrentHashMap<String, byte[]> FILES = new ConcurrentHashMap<>();
  final PDType0Font regular;
  final PDType0Font bold;
  private final List<TrueTypeFont> open = new ArrayList<>();

  PdfText(PDDocument doc) {
    this.regular = load(doc, "DejaVuSansCondensed.ttf");
    this.bold = load(doc, "DejaVuSansCondensed-Bold.ttf");
  }

  private PDType0Font load(PDDocument doc, String name) {
    try {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(name)));
      open.add(ttf);
      ttf.setEnableGsub(false);
      return PDType0Font.load(doc, ttf, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String name) {
    return FILES.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = PdfText.class.getResourceAsStream(FONTS + n)) {
            if (in == null) {
              throw new IllegalStateException("font missing from the build: " + n);
            }
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The fonts stay open until the document is saved (the subsets are made then). */
  @Override
  public void close() {
    for (TrueTypeFont f : open) {
      try {
        f.close();
      } catch (IOException ignored) {
        // a font read from memory holds no file
      }
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

  /**
   * Lines of at most {@code max} points, broken at spaces only: a word is never cut. A word wider
   * than a line gets a line of its own; callers pick a size at which every word fits ({@link
   * #wordsFit}).
   */
  static List<String> wrap(PDType0Font font, float size, String text, float max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : clean(text).split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || width(font, size, candidate) <= max) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      lines.add(line.toString());
      line.setLength(0);
      line.append(word);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The width of the text's longest word. */
  static float longestWord(PDType0Font font, float size, String text) {
    float w = 0;
    for (String word : clean(text).split(" +")) {
      w = Math.max(w, width(font, size, word));
    }
    return w;
  }

  /**
   * The largest size from {@code size} down to {@code min} (in half points) at which every word of
   * the text fits {@code max}; {@code min} when none does (the caller then widens or abbreviates).
   */
  static float wordsFit(PDType0Font font, float size, float min, String text, float max) {
    for (float s = size; s > min; s -= 0.25f) {
      if (longestWord(font, s, text) <= max) {
        return s;
      }
    }
    return min;
  }

  /** The size at which a single-line text fits, never above {@code size} nor below 3.5 pt. */
  static float fit(PDType0Font font, float size, String text, float max) {
    float w = width(font, size, text);
    return w <= max ? size : Math.max(3.5f, size * max / w);
  }
}
