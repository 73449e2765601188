package id.rekap.core.user;

import id.rekap.core.common.RekapException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses trivial passwords, in the spirit of NIST SP 800-63B: a minimum length, no composition
 * rules, but a check against what attackers try first. A password is trivial when it is short, has
 * fewer than five different characters, contains the account's name, or is made only of digits,
 * punctuation and words from a list of common and election-office words ({@code rahasia}, {@code
 * admin}, {@code pemilu}, {@code rekap}, …), also when written with digits for letters ({@code
 * p4ssw0rd}). Long passphrases of ordinary words are welcome.
 */
public final class PasswordRules {
  /** The minimum length, in characters. */
  public static final int MIN_LENGTH = 10;

  private static final int MIN_DISTINCT = 5;

  /** Words that alone (or strung together) make a password guessable in an election office. */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passwd",
          "pass",
          "word",
          "sandi",
          "katasandi",
          "kata",
          "rahasia",
          "admin",
          "administrator",
          "root",
          "user",
          "pengguna",
          "login",
          "masuk",
          "rekap",
          "rekapitulasi",
          "pemilu",
          "pilkada",
          "pilpres",
          "pileg",
          "kpu",
          "kpud",
          "ppk",
          "pps",
          "kpps",
          "bawaslu",
          "sirekap",
          "suara",
          "tps",
          "demo",
          "test",
          "tes",
          "qwerty",
          "qwertyuiop",
          "asdf",
          "asdfgh",
          "zxcv",
          "abc",
          "abcd",
          "abcdef",
          "letmein",
          "welcome",
          "selamat",
          "datang",
          "indonesia",
          "jakarta",
          "merdeka",
          "garuda",
          "pancasila",
          "bismillah",
          "sayang",
          "cinta",
          "iloveyou",
          "love",
          "monkey",
          "dragon",
          "master",
          "secret",
          "ketua",
          "operator",
          "verifier",
          "verifikator",
          "chair",
          "anggota",
          "sekretaris",
          "kabupaten",
          "kecamatan",
          "kota",
          "desa",
          "kelurahan",
          "pusat",
          "ruang",
          "kerja",
          "baru",
          "lama",
          "saya",
          "aku");

  private PasswordRules() {}

  /** Refuses a trivial password for the named account (exit 3, a message saying which rule). */
  public static void check(String userName, char[] password) {
    if (password == null || password.length < MIN_LENGTH) {
      throw RekapException.badInput("user.error.password", MIN_LENGTH);
    }
    String text = new String(password).toLowerCase(Locale.ROOT);
    if (text.chars().distinct().count() < MIN_DISTINCT) {
      throw RekapException.badInput("user.error.passwordRepeats", MIN_DISTINCT);
    }
    String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
    if (name.length() >= 2 && (text.contains(name) || letters(text).contains(letters(name)))) {
      throw RekapException.badInput("user.error.passwordName");
    }
    if (text.chars().noneMatch(Character::isLetter)
        || onlyCommonWords(plainLetters(text))
        || onlyCommonWords(letters(trimmed(text)))) {
      throw RekapException.badInput("user.error.passwordCommon");
    }
  }

  /** The letters alone: {@code rahasia2024rekap} is {@code rahasiarekap}. */
  static String plainLetters(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.chars().filter(Character::isLetter).forEach(c -> b.append((char) c));
    return b.toString();
  }

  /** Without the digits and signs before the first letter and after the last ("…-2024!"). */
  static String trimmed(String text) {
    int first = 0;
    while (first < text.length() && !Character.isLetter(text.charAt(first))) {
      first++;
    }
    int last = text.length();
    while (last > first && !Character.isLetter(text.charAt(last - 1))) {
      last--;
    }
    return text.substring(first, last);
  }

  /** The letters, with the usual digits-for-letters read back as letters ({@code p4ssw0rd}). */
  static String letters(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      char l =
          switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
          };
      if (Character.isLetter(l)) {
        b.append(l);
      }
    }
    return b.toString();
  }

  /** True when the letters are empty or can be cut entirely into common words. */
  static boolean onlyCommonWords(String letters) {
    boolean[] reachable = new boolean[letters.length() + 1];
    reachable[0] = true;
    for (int end = 1; end <= letters.length(); end++) {
      for (int start = 0; start < end && !reachable[end]; start++) {
        reachable[end] = reachable[start] && COMMON.contains(letters.substring(start, end));
      }
    }
    return reachable[letters.length()];
  }
}
