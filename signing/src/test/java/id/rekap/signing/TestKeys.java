package id.rekap.signing;

import id.rekap.testsupport.TestClocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/** One RSA-3072 tally-centre key per test JVM: creating one takes a noticeable moment. */
final class TestKeys {
  static final Clock CLOCK = TestClocks.at(ZoneId.of("Asia/Makassar"));
  static final TallyCentre PPK =
      new TallyCentre("PPK KEPULAUAN SERIBU UTARA", "kecamatan", "310101", "pemilu-2024");
  static final char[] PASS = "rahasia-kunci".toCharArray();
  private static SigningKey key;

  private TestKeys() {}

  static synchronized SigningKey ppk() {
    if (key == null) {
      try {
        Path dir = Files.createTempDirectory("rekap-test-key");
        key = SigningKey.create(dir.resolve("signing.p12"), PASS, PPK, CLOCK);
        Files.delete(dir.resolve("signing.p12"));
        Files.delete(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return key;
  }
}
