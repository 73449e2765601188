package id.rekap.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.Fixtures;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, acceptance 4: the national Sirekap region-list folder as it is found in the wild (every
 * province's kab/kota list, and the overseas list {@code 99.json} with codes such as {@code
 * "99BF"}, docs/election-facts.md §11.4) imports for a PPK of Aceh (Kec. Bakongan, 110101): what
 * lies under the workspace's region is taken, the rest is counted as outside; an odd code outside
 * the region never refuses the import; an odd code that may lie inside it is refused with the file
 * and the entry.
 */
class NationalRegionFolderTest {
  private static final String ROOT = "110101";

  @TempDir Path dir;

  @Test
  void theNationalFolderImportsForAKecamatanOfAceh() throws IOException {
    Path folder = Fixtures.path("sirekap-wilayah");
    assertThat(Fixtures.path("sirekap-wilayah/pemilu/ppwp/99.json")).content().contains("\"99BF\"");
    try (Workspace ws = empty()) {
      var s = ws.importRegions(Workspaces.CLERK, List.of(folder));
      assertThat(s.files()).isEqualTo(jsonFiles(folder).size());
      // kept: the province 11 and kab 1101 above, the kecamatan, its 7 desa and their 15 TPS
      assertThat(s.regionsAdded()).isEqualTo(10);
      assertThat(s.tpsAdded()).isEqualTo(15);
      assertThat(s.outside()).isEqualTo(outsideCountedHere(folder)).isGreaterThan(600);
      assertThat(ws.regionTree().tpsCount()).isEqualTo(15);
      assertThat(ws.regionTree().nameOf(new RegionCode("11"))).isEqualTo("ACEH");
    }
  }

  @Test
  void anOddCodeOutsideTheRegionNeverRefuses() throws IOException {
    Path copy = copyOfAceh();
    // the province list, with an overseas entry in the odd Sirekap form
    Path national = copy.resolve("0.json");
    ArrayNode list =
        (ArrayNode)
            Json.mapper().readTree(Fixtures.path("sirekap-wilayah/pemilu/ppwp/0.json").toFile());
    list.addObject().put("nama", "Luar Negeri").put("id", 1).put("kode", "99BF").put("tingkat", 1);
    Files.writeString(national, Json.mapper().writeValueAsString(list));
    try (Workspace ws = empty()) {
      var s = ws.importRegions(Workspaces.CLERK, List.of(copy));
      assertThat(s.tpsAdded()).isEqualTo(15);
      assertThat(s.outside()).isEqualTo(outsideCountedHere(copy));
    }
  }

  @Test
  void anOddCodeThatMayLieInsideIsRefusedWithTheFileAndTheEntry() throws IOException {
    Path copy = copyOfAceh();
    Path desaList = copy.resolve("11/1101/110101.json");
    ArrayNode list = (ArrayNode) Json.mapper().readTree(desaList.toFile());
    ObjectNode odd = list.addObject();
    odd.put("nama", "GAMPONG BARU").put("id", 100009).put("kode", "11010120XX").put("tingkat", 4);
    Files.writeString(desaList, Json.mapper().writeValueAsString(list));
    try (Workspace ws = empty()) {
      var before = StoreDump.of(ws);
      RekapException e =
          catchThrowableOfType(
              RekapException.class, () -> ws.importRegions(Workspaces.CLERK, List.of(copy)));
      assertThat(e).isNotNull();
      assertThat(e.key()).isEqualTo("region.error.code");
      assertThat(e.kind().exitStatus()).isEqualTo(3);
      for (String text : List.of(e.getMessage(), e.localized(Locale.ENGLISH))) {
        assertThat(text).contains("110101.json", "[7].kode", "11010120XX");
      }
      assertThat(StoreDump.of(ws)).isEqualTo(before);
    }
  }

  /**
   * The entries this test expects to be left out, counted on its own: those whose code is neither
   * the workspace region, above it nor below it, or is no Kemendagri code at all.
   */
  private static int outsideCountedHere(Path folder) throws IOException {
    int outside = 0;
    for (Path f : jsonFiles(folder)) {
      for (JsonNode e : Json.mapper().readTree(f.toFile())) {
        String code = e.path("kode").asText();
        boolean digits = code.chars().allMatch(Character::isDigit);
        boolean known = digits && List.of(2, 4, 6, 10, 13).contains(code.length());
        boolean kept = known && (code.startsWith(ROOT) || ROOT.startsWith(code));
        if (!kept) {
          outside++;
        }
      }
    }
    return outside;
  }

  private static List<Path> jsonFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** A writable copy of the lists a PPK of Aceh needs: provinces, Aceh, and down to 110101. */
  private Path copyOfAceh() throws IOException {
    Path src = Fixtures.path("sirekap-wilayah/pemilu/ppwp");
    Path out = dir.resolve("ppwp");
    Files.createDirectories(out);
    Files.copy(src.resolve("0.json"), out.resolve("0.json"));
    Files.copy(src.resolve("11.json"), out.resolve("11.json"));
    try (Stream<Path> s = Files.walk(src.resolve("11"))) {
      for (Path p : s.toList()) {
        Path to = out.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return out;
  }

  private Workspace empty() {
    return Workspaces.create(
        dir.resolve("ws"),
        WorkspaceLevel.KECAMATAN,
        ROOT,
        Workspaces.demoFiles().resolve(DemoData.ELECTION));
  }
}
