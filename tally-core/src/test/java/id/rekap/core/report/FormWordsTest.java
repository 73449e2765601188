package id.rekap.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.LocalZone;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words of a form follow the contest, the level and the province: bupati or walikota from the
 * kab/kota code, KIP and Panwaslih in Aceh, the gubernur line with the province's name, the ballot
 * reserve with a decimal comma; and times are the tally centre's (WIB, WITA, WIT).
 */
class FormWordsTest {
  private static List<Region> lineage(String... codesAndNames) {
    List<Region> out = new java.util.ArrayList<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      out.add(new Region(new RegionCode(codesAndNames[i]), codesAndNames[i + 1]));
    }
    return out;
  }

  @Test
  void aKotaElectsAWalikotaAndAKabupatenABupati() {
    var kota = lineage("73", "SULAWESI SELATAN", "7371", "KOTA MAKASSAR");
    var kab = lineage("13", "SUMATERA BARAT", "1307", "LIMA PULUH KOTA");
    assertThat(FormWords.contestKey(ContestCode.PKWKK, kota)).isEqualTo("pkwkk.walikota");
    assertThat(FormWords.contestKey(ContestCode.PKWKK, kab)).isEqualTo("pkwkk.bupati");
    FormTexts t = FormTexts.load("d-hasil-kabkota");
    Map<String, String> w = FormWords.of(t, SampleForms.election(ContestCode.PKWKK, "73"), kota);
    assertThat(t.fill("election.pkwkk.walikota", w))
        .isEqualTo("PEMILIHAN WALIKOTA DAN WAKIL WALIKOTA KOTA MAKASSAR");
    assertThat(t.fill("section.iv.pkwkk.walikota", w))
        .isEqualTo("IV|DATA PEROLEHAN SUARA PASANGAN CALON WALIKOTA DAN WAKIL WALIKOTA");
    assertThat(t.get("contest.pkwkk.walikota")).isEqualTo("KWK-WALIKOTA");
    assertThat(w.get("kabkotaKind")).isEqualTo("KOTA");
    assertThat(w.get("reserve")).isEqualTo("2,5");
    assertThat(t.fill("election.pkwkp", w))
        .isEqualTo("PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR SULAWESI SELATAN");
  }

  @Test
  void acehHasItsOwnCommitteeAndSupervisors() {
    var aceh = lineage("11", "ACEH", "1108", "ACEH UTARA");
    FormTexts t = FormTexts.load("d-hasil-kabkota").forProvince("11");
    Map<String, String> w = FormWords.of(t, SampleForms.election(ContestCode.PDPRDK, "11"), aceh);
    assertThat(w.get("committee")).isEqualTo("Komisi Independen Pemilihan Kabupaten ACEH UTARA");
    assertThat(w.get("panwaslu")).isEqualTo("Panwaslih Kabupaten");
    assertThat(t.fill("election.pdprdk", w))
        .isEqualTo("PEMILIHAN UMUM ANGGOTA DEWAN PERWAKILAN RAKYAT KABUPATEN ACEH UTARA");
    FormTexts java = FormTexts.load("d-hasil-kabkota").forProvince("33");
    assertThat(java.get("committee")).startsWith("Komisi Pemilihan Umum");
  }

  @Test
  void theTallyCentresZoneComesFromTheProvince() {
    assertThat(LocalZone.of(new RegionCode("3101"))).isEqualTo(LocalZone.WIB);
    assertThat(LocalZone.of(new RegionCode("1108"))).isEqualTo(LocalZone.WIB);
    assertThat(LocalZone.of(new RegionCode("7371"))).isEqualTo(LocalZone.WITA);
    assertThat(LocalZone.of(new RegionCode("5171"))).isEqualTo(LocalZone.WITA);
    assertThat(LocalZone.of(new RegionCode("6471"))).isEqualTo(LocalZone.WITA);
    assertThat(LocalZone.of(new RegionCode("8171"))).isEqualTo(LocalZone.WIT);
    assertThat(LocalZone.of(new RegionCode("9471"))).isEqualTo(LocalZone.WIT);
    assertThat(LocalZone.of(new RegionCode("6171"))).isEqualTo(LocalZone.WIB);
  }

  @Test
  void numbersInWordsAsTheBeritaAcaraWritesThem() {
    assertThat(Terbilang.of(20)).isEqualTo("dua puluh");
    assertThat(Terbilang.of(11)).isEqualTo("sebelas");
    assertThat(Terbilang.of(2024)).isEqualTo("dua ribu dua puluh empat");
    assertThat(Terbilang.of(1999)).isEqualTo("seribu sembilan ratus sembilan puluh sembilan");
    assertThat(Terbilang.of(100)).isEqualTo("seratus");
    assertThat(Terbilang.of(115)).isEqualTo("seratus lima belas");
  }
}
