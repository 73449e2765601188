package id.rekap.core.report;

import java.util.Locale;
import java.util.Optional;

/** Paper sizes the PDF forms are printed on, always landscape, in PDF points (1/72 inch). */
public enum Paper {
  /** 297 × 210 mm. */
  A4(297, 210),
  /** Folio, 330 × 215 mm: the size many kecamatan offices still print on. */
  F4(330, 215);

  private static final float POINTS_PER_MM = 72f / 25.4f;
  private final float width;
  private final float height;

  Paper(int widthMm, int heightMm) {
    this.width = widthMm * POINTS_PER_MM;
    this.height = heightMm * POINTS_PER_MM;
  }

  public float width() {
    return width;
  }

  public float height() {
    return height;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Paper> of(String id) {
    for (Paper p : values()) {
      if (p.id().equalsIgnoreCase(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
