package id.rekap.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Region codes: plain and dotted input, levels by length, ancestry, the dotted print form. */
class RegionCodeTest {
  @ParameterizedTest
  @CsvSource({
    "11, 11, PROVINSI, 11",
    "3101, 3101, KABKOTA, 31.01",
    "31.01, 3101, KABKOTA, 31.01",
    "110101, 110101, KECAMATAN, 11.01.01",
    "11.01.01, 110101, KECAMATAN, 11.01.01",
    "11.01.01.2001, 1101012001, DESA, 11.01.01.2001",
    "' 3101011001 ', 3101011001, DESA, 31.01.01.1001",
  })
  void parsesPlainAndDottedForms(String input, String value, RegionLevel level, String dotted) {
    RegionCode code = RegionCode.parse(input).orElseThrow();
    assertThat(code.value()).isEqualTo(value);
    assertThat(code.level()).isEqualTo(level);
    assertThat(code.dotted()).isEqualTo(dotted);
    assertThat(RegionCode.parse(code.dotted())).hasValue(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"1", "310", "31011", "3101011001001", "31-01", "3101a", "KEPULAUAN", "３１"})
  void rejectsWhatIsNoRegionCode(String input) {
    assertThat(RegionCode.parse(input)).isEmpty();
  }

  @Test
  void theConstructorAcceptsOnlyPlainCodesOfARegionLength() {
    assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("31.01"));
    assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode("310"));
    assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode(null));
  }

  @Test
  void parentsAndAncestors() {
    RegionCode desa = new RegionCode("3101011002");
    assertThat(desa.parent()).hasValue(new RegionCode("310101"));
    assertThat(new RegionCode("31").parent()).isEmpty();
    assertThat(desa.at(RegionLevel.KABKOTA)).hasValue(new RegionCode("3101"));
    assertThat(desa.at(RegionLevel.DESA)).hasValue(desa);
    assertThat(new RegionCode("3101").at(RegionLevel.DESA)).isEmpty();
    assertThat(desa.isWithin(new RegionCode("3101"))).isTrue();
    assertThat(desa.isWithin(desa)).isTrue();
    assertThat(desa.isWithin(new RegionCode("3102"))).isFalse();
    assertThat(new RegionCode("3101").isWithin(desa)).isFalse();
  }

  @Test
  void codesSortInOfficialOrder() {
    assertThat(new RegionCode("310101").compareTo(new RegionCode("310102"))).isNegative();
    assertThat(new RegionCode("3101").compareTo(new RegionCode("310101"))).isNegative();
  }
}
