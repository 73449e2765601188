package id.rekap.core.election;

import java.util.Locale;

/**
 * The empty column (kolom kosong) of a contest with a single pair (docs/election-facts.md §11.2): a
 * ballot choice that is not a person. Sirekap lists it as a candidate named {@code "KOLOM KOSONG -
 * "} with its own id and a ballot number that may be 1 or 2. This is the one place that decides
 * whether a candidate is the empty column, and the one name it is shown and printed with.
 */
public final class EmptyColumn {
  /** How the empty column is shown and printed, in every language: the official term. */
  public static final String NAME = "Kolom Kosong";

  private EmptyColumn() {}

  /**
   * True when a candidate's name says it is the empty column ({@code "KOLOM KOSONG - "}, {@code
   * "Kolom kosong tidak bergambar"}): its letters, ignoring case, spaces and punctuation, begin
   * with "kolom kosong".
   */
  public static boolean isNamed(String name) {
    if (name == null) {
      return false;
    }
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < name.length() && letters.length() < 11; i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        letters.append(Character.toUpperCase(c));
      }
    }
    return letters.toString().toUpperCase(Locale.ROOT).equals("KOLOMKOSONG");
  }
}
