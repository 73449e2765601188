package id.rekap.core.plenary;

import java.util.Locale;
import java.util.Optional;

/** What a correction rests on. */
public enum Evidence {
  PLANO,
  SALINAN,
  RECOUNT,
  OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Evidence> of(String id) {
    for (Evidence e : values()) {
      if (e.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
