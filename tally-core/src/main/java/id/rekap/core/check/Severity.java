package id.rekap.core.check;

import java.util.Locale;
import java.util.Optional;

/** ERROR: the form cannot be adopted as it is. WARNING: the plenary must look and explain. */
public enum Severity {
  ERROR,
  WARNING;

  public static Optional<Severity> of(String text) {
    for (Severity s : values()) {
      if (s.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
