package id.rekap.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory master data: rows per level, TPS per region, names and their fallbacks. */
class RegionTreeTest {
  private static final RegionCode ROOT = new RegionCode("3101");

  @Test
  void everyRegionWithARowHasItsParentsRowToo() {
    // Partial master data: desa 3101021001 is named but its kecamatan is not, and it has no TPS
    // yet. Its kecamatan must still have a row, or the desa row would have no parent in the recap.
    RegionTree tree =
        new RegionTree(
            ROOT,
            List.of(
                new Region(ROOT, "KEPULAUAN SERIBU"),
                new Region(new RegionCode("310101"), "KEPULAUAN SERIBU UTARA"),
                new Region(new RegionCode("3101021001"), "PULAU UNTUNG JAWA")),
            List.of(Tps.numbered(new TpsCode("3101011001001"))));
    assertThat(tree.regionsAt(RegionLevel.DESA))
        .extracting(r -> r.code().value())
        .containsExactly("3101011001", "3101021001");
    assertThat(tree.regionsAt(RegionLevel.KECAMATAN))
        .extracting(Region::code, Region::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(new RegionCode("310101"), "KEPULAUAN SERIBU UTARA"),
            // no name in the master data: the dotted code stands in
            org.assertj.core.groups.Tuple.tuple(new RegionCode("310102"), "31.01.02"));
  }

  @Test
  void levelsAboveTheWorkspaceHaveNoRowsAndTheRootHasOne() {
    RegionTree tree =
        new RegionTree(ROOT, List.of(new Region(new RegionCode("31"), "DKI JAKARTA")), List.of());
    assertThat(tree.regionsAt(RegionLevel.PROVINSI)).isEmpty();
    assertThat(tree.lineage()).extracting(Region::name).containsExactly("DKI JAKARTA", "31.01");
  }

  @Test
  void tpsOutsideTheRootAreNotKept() {
    RegionTree tree =
        new RegionTree(
            ROOT,
            List.of(),
            List.of(
                Tps.numbered(new TpsCode("3101011001001")),
                Tps.numbered(new TpsCode("3102011001001"))));
    assertThat(tree.tpsCount()).isEqualTo(1);
    assertThat(tree.containsTps(new TpsCode("3102011001001"))).isFalse();
    assertThat(tree.tpsUnder(new RegionCode("3101011001"))).hasSize(1);
    assertThat(tree.tpsUnder(new RegionCode("3101011002"))).isEmpty();
  }
}
