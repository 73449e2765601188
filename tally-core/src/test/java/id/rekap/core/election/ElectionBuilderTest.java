package id.rekap.core.election;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.testsupport.ElectionBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests' one election builder (test-support, ADR 0038) writes what the core's parser reads:
 * every ballot shape, with the keys in the contract's order or sorted, gives the same definition.
 */
class ElectionBuilderTest {
  @TempDir Path dir;

  private static ElectionBuilder everyShape() {
    ElectionBuilder election =
        ElectionBuilder.election("uji-pembangun", "Pemilu uji")
            .maxVotersPerTps(300)
            .ballotReservePercent(2.0)
            .party(1, "PKB", "Partai Kebangkitan Bangsa")
            .party(2, "GERINDRA", "Partai Gerakan Indonesia Raya", false);
    election.candidates("ppwp", "PPWP").candidate(1, "100025", "Paslon 1");
    election.candidates("pdpd", "DPD", "31").candidate(1, "900001", "Calon 1", "P");
    ElectionBuilder.Dapil dapil =
        election.partyLists("pdpr", "DPR").dapil("DKI-A", "DKI A", 3, List.of("310101"));
    dapil.list(1).candidate(1, "200001", "Caleg 1-1", "L").candidate(2, "200002", "Caleg 1-2");
    dapil.list(2).candidate(1, "200003", "Caleg 2-1", "P");
    return election;
  }

  @Test
  void everyShapeParsesAsBuilt() {
    ElectionDefinition d =
        ElectionDefinitionParser.parse(everyShape().write(dir.resolve("election.json")));
    assertThat(d.id()).isEqualTo("uji-pembangun");
    assertThat(d.date()).isEqualTo("2024-02-14");
    assertThat(d.mode()).isEqualTo(ElectionDefinition.Mode.TEST);
    assertThat(d.maxVotersPerTps()).isEqualTo(300);
    assertThat(d.parties()).extracting(Party::abbr).containsExactly("PKB", "GERINDRA");
    assertThat(d.contests())
        .extracting(Contest::code)
        .containsExactly(ContestCode.PPWP, ContestCode.PDPD, ContestCode.PDPR);
    assertThat(d.contest(ContestCode.PDPD).orElseThrow().scope()).isEqualTo("31");
    assertThat(d.contest(ContestCode.PDPD).orElseThrow().candidates().getFirst().sex())
        .isEqualTo("P");
    Dapil dapil = d.contest(ContestCode.PDPR).orElseThrow().dapil("DKI-A").orElseThrow();
    assertThat(dapil.seats()).isEqualTo(3);
    assertThat(dapil.regions()).containsExactly("310101");
    assertThat(dapil.list(1).orElseThrow().candidates())
        .extracting(Candidate::sirekapId)
        .containsExactly("200001", "200002");
    assertThat(dapil.list(2).orElseThrow().candidates()).hasSize(1);
  }

  @Test
  void sortedKeysGiveTheSameDefinition() {
    ElectionDefinition ordered =
        ElectionDefinitionParser.parse(everyShape().write(dir.resolve("ordered.json")));
    ElectionDefinition sorted =
        ElectionDefinitionParser.parse(everyShape().writeSorted(dir.resolve("sorted.json")));
    assertThat(sorted.canonicalJson()).isEqualTo(ordered.canonicalJson());
  }

  @Test
  void anOfficialElectionSaysSo() {
    ElectionBuilder election = ElectionBuilder.election("resmi", "Pemilu resmi").mode("official");
    election.candidates("ppwp", "PPWP").candidate(1, "100025", "Paslon 1");
    String json = election.json();
    ElectionDefinition d =
        ElectionDefinitionParser.parse("resmi.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(d.mode()).isEqualTo(ElectionDefinition.Mode.OFFICIAL);
    assertThat(d.maxVotersPerTps()).as("the contract's default").isEqualTo(300);
  }
}
