package id.rekap.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** TPS codes: 10-digit desa + 3-digit number, plain or dotted; never mistaken for a region. */
class TpsCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"3101011002905", "31.01.01.1002.905", " 31.01.01.1002.905 "})
  void parsesPlainAndDottedForms(String input) {
    TpsCode tps = TpsCode.parse(input).orElseThrow();
    assertThat(tps.value()).isEqualTo("3101011002905");
    assertThat(tps.dotted()).isEqualTo("31.01.01.1002.905");
    assertThat(tps.desa()).isEqualTo(new RegionCode("3101011002"));
    assertThat(tps.number()).isEqualTo(905);
    assertThat(tps.at(RegionLevel.KECAMATAN)).isEqualTo(new RegionCode("310101"));
    assertThat(tps.isWithin(new RegionCode("3101"))).isTrue();
    assertThat(tps.isWithin(new RegionCode("3102"))).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"3101011002", "310101100290", "31010110029051", "3101011002x05", "TPS 001"})
  void rejectsWhatIsNoTpsCode(String input) {
    assertThat(TpsCode.parse(input)).isEmpty();
  }

  @Test
  void aTpsCodeIsNotARegionCode() {
    assertThat(RegionCode.parse("3101011002905")).isEmpty();
    assertThat(TpsCode.parse("3101011002")).isEmpty();
  }

  @Test
  void ofBuildsFromDesaAndNumber() {
    RegionCode desa = new RegionCode("3101011001");
    assertThat(TpsCode.of(desa, 1).value()).isEqualTo("3101011001001");
    assertThat(TpsCode.of(desa, 999).value()).isEqualTo("3101011001999");
    assertThatIllegalArgumentException().isThrownBy(() -> TpsCode.of(desa, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> TpsCode.of(desa, 1000));
    assertThatIllegalArgumentException().isThrownBy(() -> TpsCode.of(new RegionCode("310101"), 1));
  }

  @Test
  void tpsCodesSortByDesaThenNumber() {
    assertThat(new TpsCode("3101011001018").compareTo(new TpsCode("3101011002001"))).isNegative();
    assertThat(new TpsCode("3101011002019").compareTo(new TpsCode("3101011002901"))).isNegative();
  }
}
