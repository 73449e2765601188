package id.rekap.core.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.rekap.core.common.RekapException;
import id.rekap.core.demo.DemoData;
import id.rekap.core.region.RegionCode;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.Fixtures;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, acceptance 2: {@code election from-sirekap} turns Sirekap's candidate masters (Pilkada:
 * keyed by region, then paslon id; Pemilu: keyed by id) into a definition that {@code init}
 * accepts: the contests held in the region, the numbers and names, Pilkada's thresholds, and the
 * empty column as a first-class choice whatever its number.
 */
class ElectionFromSirekapTest {
  @TempDir Path dir;

  @Test
  void gubernurAndBupatiForAKecamatanOfAcehSelatan() {
    var o = build("110101", master("pkwkp.json"), master("pkwkk.json"));
    ElectionDefinition e = o.definition();
    assertThat(e.id()).isEqualTo("pilkada-2024");
    assertThat(e.maxVotersPerTps()).isEqualTo(600);
    assertThat(e.ballotReservePercent()).isEqualTo(2.5);
    assertThat(e.contests())
        .extracting(Contest::code)
        .containsExactly(ContestCode.PKWKP, ContestCode.PKWKK);
    Contest gub = e.contest(ContestCode.PKWKP).orElseThrow();
    assertThat(gub.scope()).isEqualTo("11");
    assertThat(gub.name()).isEqualTo("Gubernur dan Wakil Gubernur");
    assertThat(gub.candidates())
        .extracting(Candidate::number, Candidate::sirekapId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "1000001"),
            org.assertj.core.groups.Tuple.tuple(2, "1000002"));
    Contest bup = e.contest(ContestCode.PKWKK).orElseThrow();
    assertThat(bup.scope()).isEqualTo("1101");
    assertThat(bup.name()).isEqualTo("Bupati dan Wakil Bupati");
    assertThat(bup.candidates()).hasSize(3).noneMatch(Candidate::emptyColumn);
    assertThat(o.notHeld()).isEmpty();

    try (Workspace ws = init(WorkspaceLevel.KECAMATAN, "110101", o)) {
      assertThat(ws.election().contests()).hasSize(2);
      assertThat(ws.election().contest(ContestCode.PKWKK).orElseThrow().candidates().get(2).name())
          .isEqualTo("CALON BUPATI ACEH SELATAN NOMOR 3 - CALON WAKIL NOMOR 3");
    }
  }

  @Test
  void theEmptyColumnAsNumberOne() {
    // Kab. Bangka: one pair against the empty column, which is number 1 on the ballot
    var o = build("1901", master("pkwkp.json"), master("pkwkk.json"));
    Contest bup = o.definition().contest(ContestCode.PKWKK).orElseThrow();
    assertThat(bup.emptyColumn()).hasValueSatisfying(c -> assertThat(c.number()).isEqualTo(1));
    assertThat(bup.candidates())
        .extracting(Candidate::number, Candidate::name, Candidate::emptyColumn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Kolom Kosong", true),
            org.assertj.core.groups.Tuple.tuple(
                2, "CALON TUNGGAL BUPATI BANGKA - CALON WAKIL BUPATI", false));
    assertThat(new String(o.json(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"emptyColumn\" : true")
        .doesNotContain("KOLOM KOSONG - ");
    try (Workspace ws = init(WorkspaceLevel.KABKOTA, "1901", o)) {
      Contest stored = ws.election().contest(ContestCode.PKWKK).orElseThrow();
      assertThat(stored.emptyColumn().orElseThrow().number()).isEqualTo(1);
      assertThat(stored.emptyColumn().orElseThrow().sirekapId()).isEqualTo("1000200");
    }
  }

  @Test
  void theEmptyColumnAsNumberTwoInAKota() {
    var o = build("1971", master("pkwkk.json"));
    Contest wali = o.definition().contest(ContestCode.PKWKK).orElseThrow();
    assertThat(wali.name()).isEqualTo("Walikota dan Wakil Walikota");
    assertThat(wali.emptyColumn().orElseThrow().number()).isEqualTo(2);
    assertThat(wali.candidates().getFirst().emptyColumn()).isFalse();
  }

  @Test
  void aContestNotHeldInTheRegionIsLeftOutAndSaid() {
    // DKI Jakarta elects its governor only: Kep. Seribu has no bupati election
    var o = build("3101", master("pkwkp.json"), master("pkwkk.json"));
    assertThat(o.definition().contests())
        .extracting(Contest::code)
        .containsExactly(ContestCode.PKWKP);
    assertThat(o.notHeld())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("pkwkk.json");
    Contest gub = o.definition().contests().getFirst();
    assertThat(gub.candidates())
        .extracting(Candidate::sirekapId)
        .containsExactly("1000023", "1000024", "1000025");
    assertThat(gub.candidates().get(2).name()).isEqualTo("PRAMONO ANUNG WIBOWO - RANO KARNO");
  }

  @Test
  void aFolderOfMastersIsRead() {
    // Sirekap's paslon folder as downloaded: pkwkp.json and pkwkk.json
    var o = build("110101", Fixtures.path("sirekap-paslon/pilkada"));
    assertThat(o.definition().contests())
        .extracting(Contest::code)
        .containsExactly(ContestCode.PKWKP, ContestCode.PKWKK);
  }

  @Test
  void thePpwpMasterGivesTheDemoDefinitionsPairs() {
    var o = build("3101", master("ppwp.json"));
    ElectionDefinition demo =
        ElectionDefinitionParser.parse(Workspaces.demoFiles().resolve(DemoData.ELECTION));
    assertThat(o.definition().id()).isEqualTo("pemilu-2024");
    assertThat(o.definition().maxVotersPerTps()).isEqualTo(300);
    assertThat(o.definition().ballotReservePercent()).isEqualTo(2.0);
    assertThat(o.definition().contests().getFirst().candidates())
        .isEqualTo(demo.contest(ContestCode.PPWP).orElseThrow().candidates());
    assertThat(o.definition().contests().getFirst().scope()).isEmpty();
  }

  @Test
  void badMastersAreRefusedWithThePlace() throws Exception {
    Path dup =
        write(
            "pkwkk.json",
            "{\"1101\": {\"1\": {\"nama\": \"A\", \"nomor_urut\": 1},"
                + " \"2\": {\"nama\": \"B\", \"nomor_urut\": 1}}}");
    assertRefused(() -> build("110101", dup), "master.error.duplicate", "1101.2.nomor_urut");
    Path noName = write("pkwkp.json", "{\"11\": {\"1\": {\"nomor_urut\": 1}}}");
    assertRefused(() -> build("110101", noName), "master.error.field", "11.1.nama");
    Path flatAsPilkada =
        write("x/pkwkp.json", "{\"1000001\": {\"nama\": \"A\", \"nomor_urut\": 1}}");
    assertRefused(() -> build("110101", flatAsPilkada), "master.error.flat", "pkwkp.json");
    Path list = write("y/pkwkp.json", "[1, 2]");
    assertRefused(() -> build("110101", list), "master.error.shape", "pkwkp.json");
    Path unnamed = write("calon.json", "{\"100025\": {\"nama\": \"A\", \"nomor_urut\": 1}}");
    assertRefused(() -> build("110101", unnamed), "master.error.contest", "calon.json");
    assertRefused(
        () -> build("110101", master("ppwp.json"), master("pkwkp.json")),
        "master.error.mixed",
        "json");
    Path twoEmpty =
        write(
            "z/pkwkk.json",
            "{\"1101\": {\"1\": {\"nama\": \"KOLOM KOSONG - \","
                + " \"nomor_urut\": 1}, \"2\": {\"nama\": \"Kolom kosong\", \"nomor_urut\": 2}}}");
    assertRefused(() -> build("110101", twoEmpty), "election.error.emptyColumn", "candidates");
  }

  @Test
  void anExistingDefinitionIsNotOverwrittenUnlessAsked() throws Exception {
    var o = build("3101", master("pkwkp.json"));
    Path out = dir.resolve("pilkada.json");
    Files.writeString(out, "dipakai");
    assertRefused(
        () -> ElectionFromSirekap.write(o, out, false), "master.error.exists", "pilkada.json");
    assertThat(Files.readString(out)).isEqualTo("dipakai");
    ElectionFromSirekap.write(o, out, true);
    assertThat(ElectionDefinitionParser.parse(out).contests()).hasSize(1);
  }

  private ElectionFromSirekap.Outcome build(String region, Path... files) {
    return ElectionFromSirekap.build(
        new ElectionFromSirekap.Request(
            List.of(files),
            RegionCode.parse(region).orElseThrow(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ElectionDefinition.Mode.OFFICIAL));
  }

  private Workspace init(WorkspaceLevel level, String region, ElectionFromSirekap.Outcome o) {
    Path file = dir.resolve("election-" + region + ".json");
    ElectionFromSirekap.write(o, file, false);
    return Workspaces.create(dir.resolve("ws-" + region), level, region, file);
  }

  private static Path master(String name) {
    return Fixtures.path(
        "sirekap-paslon/" + (name.equals("ppwp.json") ? "pemilu/" : "pilkada/") + name);
  }

  private Path write(String relative, String content) throws Exception {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
    return f;
  }

  private static void assertRefused(Runnable r, String key, String... parts) {
    RekapException e = catchThrowableOfType(RekapException.class, r::run);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.key()).isEqualTo(key);
    assertThat(e.kind().exitStatus()).isEqualTo(3);
    for (String text : List.of(e.getMessage(), e.localized(Locale.ENGLISH))) {
      for (String part : parts) {
        assertThat(text).contains(part);
      }
    }
  }
}
