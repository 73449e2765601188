package id.rekap.core.template;

import java.util.Locale;
import java.util.Optional;

/** The file formats of an entry template. */
public enum TemplateFormat {
  /** Excel workbook with protection, validation and a hidden meta sheet. */
  XLSX,
  /** Plain CSV (UTF-8), one section per data sheet, each led by a meta row. */
  CSV;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TemplateFormat> of(String id) {
    for (TemplateFormat f : values()) {
      if (f.id().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
