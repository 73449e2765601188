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
    Reader reader = new Reader();
    for (String w : words) {
      if (!reader.read(w)) {
        return OptionalLong.empty();
      }
    }
    return reader.end();
  }

  /**
   * The parts of a number come largest first (RATUS before PULUH before the unit), each at most
   * once per thousands group, so "TIGA PULUH DUA RATUS" or "SERATUS SERATUS" are not read as 230 or
   * 200: words that are no number must not pass for the digits.
   */
  private static final class Reader {
    private long total;
    private long group;
    private Integer pending;

    /** The scale of the last part added to the group; the next one must be smaller. */
    private int last = Integer.MAX_VALUE;

    boolean read(String w) {
      return switch (w) {
        case "SEPULUH" -> alone() && add(10, 10, 10);
        case "SEBELAS" -> alone() && add(10, 11, 1);
        case "SERATUS" -> alone() && add(100, 100, 100);
        case "SERIBU" -> {
          if (!alone() || total != 0 || group != 0) {
            yield false;
          }
          total = 1000;
          last = Integer.MAX_VALUE;
          yield true;
        }
        case "BELAS" -> pending != null && add(10, 10 + take(), 1);
        case "PULUH" -> pending != null && add(10, take() * 10L, 10);
        case "RATUS" -> pending != null && add(100, take() * 100L, 100);
        case "RIBU" -> {
          if (total != 0 || (pending != null && !add(1, take(), 1)) || group == 0) {
            yield false;
          }
          total = group * 1000;
          group = 0;
          last = Integer.MAX_VALUE;
          yield true;
        }
        default -> {
          Integer unit = UNITS.get(w);
          if (unit == null || pending != null) {
            yield false;
          }
          pending = unit;
          yield true;
        }
      };
    }

    OptionalLong end() {
      if (pending != null && !add(1, take(), 1)) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(total + group);
    }

    private boolean alone() {
      return pending == null;
    }

    private int take() {
      int p = pending;
      pending = null;
      return p;
    }

    /**
     * Adds a part of the given scale; {@code next} is the scale the following part must be under.
     */
    private boolean add(int scale, long value, int next) {
      if (scale >= last) {
        return false;
      }
      group += value;
      last = next;
      return true;
    }
  }
}
