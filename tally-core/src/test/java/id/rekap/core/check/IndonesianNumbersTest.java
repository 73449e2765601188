package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers in words as the C.Hasil asks for them ("ditulis dengan huruf kapital"). */
class IndonesianNumbersTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "NOL, 0",
    "SATU, 1",
    "SEMBILAN, 9",
    "SEPULUH, 10",
    "SEBELAS, 11",
    "DUA BELAS, 12",
    "SEMBILAN BELAS, 19",
    "DUA PULUH, 20",
    "TIGA PULUH TIGA, 33",
    "SERATUS, 100",
    "SERATUS SEBELAS, 111",
    "SERATUS SEPULUH, 110",
    "DUA RATUS TIGA PULUH TIGA, 233",
    "TIGA RATUS ENAM, 306",
    "SEMBILAN RATUS SEMBILAN PULUH SEMBILAN, 999",
    "SERIBU, 1000",
    "SERIBU DUA RATUS, 1200",
    "DUA RIBU LIMA, 2005",
    "dua ratus tiga puluh tiga, 233",
    "'  DUA  RATUS-TIGA PULUH TIGA. ', 233"
  })
  void readsWholeNumbers(String words, long value) {
    assertThat(IndonesianNumbers.parse(words)).hasValue(value);
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @ValueSource(
      strings = {
        "DUA TIGA",
        "PULUH",
        "BELAS",
        "RATUS",
        "RIBU",
        "SATU JUTA",
        "233",
        "TIGA PULUH DUA RATUS",
        "SERATUS SERATUS",
        "DUA PULUH TIGA PULUH",
        "SEBELAS SATU",
        "DUA RIBU TIGA RIBU",
        "SERIBU SERIBU"
      })
  void refusesWhatIsNotOneNumber(String words) {
    assertThat(IndonesianNumbers.parse(words)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "-"})
  void refusesNothing(String words) {
    assertThat(IndonesianNumbers.parse(words)).isEmpty();
  }
}
