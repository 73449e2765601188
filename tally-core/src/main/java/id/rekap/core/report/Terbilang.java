package id.rekap.core.report;

/**
 * Whole numbers in Indonesian words, as the berita acara writes dates ("dua puluh", "dua ribu dua
 * puluh empat") and counts of attendees ("5 (lima)").
 */
final class Terbilang {
  private static final String[] UNITS = {
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas"
  };

  private Terbilang() {}

  static String of(long n) {
    if (n < 0) {
      return "minus " + of(-n);
    }
    if (n < 12) {
      return UNITS[(int) n];
    }
    if (n < 20) {
      return UNITS[(int) (n - 10)] + " belas";
    }
    if (n < 100) {
      return join(UNITS[(int) (n / 10)] + " puluh", n % 10);
    }
    if (n < 200) {
      return join("seratus", n - 100);
    }
    if (n < 1000) {
      return join(UNITS[(int) (n / 100)] + " ratus", n % 100);
    }
    if (n < 2000) {
      return join("seribu", n - 1000);
    }
    if (n < 1_000_000) {
      return join(of(n / 1000) + " ribu", n % 1000);
    }
    if (n < 1_000_000_000) {
      return join(of(n / 1_000_000) + " juta", n % 1_000_000);
    }
    return join(of(n / 1_000_000_000) + " miliar", n % 1_000_000_000);
  }

  private static String join(String head, long rest) {
    return rest == 0 ? head : head + " " + of(rest);
  }
}
