package id.rekap.core.check;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads a whole number written in Indonesian words, as the C.Hasil asks ("DUA RATUS TIGA PULUH
 * TIGA" = 233; "SERATUS", "SEBELAS", "SERIBU" use the se- prefix; "NOL" = 0).
 */
public final class IndonesianNumbers {
  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("NOL", 0),
          Map.entry("KOSONG", 0),
          Map.entry("SATU", 1),
          Map.entry("DUA", 2),
          Map.entry("TIGA", 3),
          Map.entry("EMPAT", 4),
          Map.entry("LIMA", 5),
          Map.entry("ENAM", 6),
          Map.entry("TUJUH", 7),
          Map.entry("DELAPAN", 8),
          Map.entry("SEMBILAN", 9));

  private IndonesianNumbers() {}

  public static OptionalLong parse(String text) {
    if (text == null) {
      return OptionalLong.empty();
    }
    String[] words = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").strip().split(" ");
    if (words.length == 0 || words[0].isEmpty()) {
      return OptionalLong.empty();
    }
    long total = 0;
    long group = 0;
    Integer pending = null;
    for (String w : words) {
      switch (w) {
        case "SEPULUH" -> group += 10;
        case "SEBELAS" -> group += 11;
        case "SERATUS" -> group += 100;
        case "SERIBU" -> total += 1000;
        case "BELAS" -> {
          if (pending == null) {
            return OptionalLong.empty();
          }
          group += 10 + pending;
          pending = null;
        }
        case "PULUH" -> {
          if (pending == null) {
            return OptionalLong.empty();
          }
          group += pending * 10L;
          pending = null;
        }
        case "RATUS" -> {
          if (pending == null) {
            return OptionalLong.empty();
          }
          group += pending * 100L;
          pending = null;
        }
        case "RIBU" -> {
          long g = group + (pending == null ? 0 : pending);
          if (g == 0) {
            return OptionalLong.empty();
          }
          total += g * 1000;
          group = 0;
          pending = null;
        }
        default -> {
          Integer unit = UNITS.get(w);
          if (unit == null || pending != null) {
            return OptionalLong.empty();
          }
          pending = unit;
        }
      }
    }
    return OptionalLong.of(total + group + (pending == null ? 0 : pending));
  }
}
