package id.rekap.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.common.RekapException;
import id.rekap.core.demo.DemoData;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad Sirekap result file is refused as bad input with a message, in Indonesian and
 * in English, that names the file and the place in it, and leaves the store exactly as it was
 * (compared by a full logical dump). The workspace is the real sample, so there is data to damage.
 */
class BadResultFileTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TPS = "3101011001001";

  @TempDir static Path wsDir;
  @TempDir Path dir;
  private static Workspace ws;
  private static String good;

  @BeforeAll
  static void open() throws IOException {
    ws = Workspaces.sample(wsDir.resolve("ws"));
    good =
        Files.readString(
            Workspaces.demoFiles().resolve(DemoData.RESULTS).resolve(TPS + ".json"),
            StandardCharsets.UTF_8);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void truncatedJson() throws IOException {
    Path f = write("ppwp/" + TPS + ".json", good.substring(0, good.length() / 2));
    assertRefused(f, "input.error.malformed", "1:");
  }

  @Test
  void malformedJson() throws IOException {
    Path f = write("ppwp/" + TPS + ".json", good.replace("\"100026\":", ",\"100026\":"));
    assertRefused(f, "input.error.malformed", "1:");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chart|100025|\"83\"", // a string where a count is expected
        "administrasi|suara_sah|228.5", // a fraction
        "administrasi|pemilih_dpt_j|true", // a boolean
        "administrasi|pengguna_total_j|[292]", // an array
      })
  void wrongTypeWhereACountIsExpected(String block, String key, String json) throws IOException {
    Path f =
        writeJson(
            "ppwp/" + TPS + ".json", root -> ((ObjectNode) root.get(block)).set(key, parse(json)));
    assertRefused(f, "result.error.type", block + "." + key);
  }

  @Test
  void wrongTypeForTheDigitisedFlag() throws IOException {
    Path f = writeJson("ppwp/" + TPS + ".json", root -> root.put("status_suara", "ya"));
    assertRefused(f, "result.error.type", "status_suara");
  }

  @Test
  void negativeNumber() throws IOException {
    Path f =
        writeJson(
            "ppwp/" + TPS + ".json", root -> ((ObjectNode) root.get("chart")).put("100026", -5));
    assertRefused(f, "result.error.negative", "chart.100026", "-5");
  }

  @Test
  void absurdlyLargeNumber() throws IOException {
    Path f =
        writeJson(
            "ppwp/" + TPS + ".json",
            root -> ((ObjectNode) root.get("administrasi")).put("suara_total", 100_000));
    assertRefused(f, "result.error.absurd", "administrasi.suara_total", "100000");
  }

  @ParameterizedTest
  @CsvSource({
    // beyond a long: the reader cannot convert it
    "99999999999999999999, 1:",
    // beyond the reader's number-length limit (20 digits): stopped while lexing; Jackson gives no
    // position for this limit, so the message can only name the file
    "10000000000000000000000000, ''",
  })
  void aNumberBeyondAnyIntegerTypeIsRefusedToo(String number, String place) throws IOException {
    Path f =
        write("ppwp/" + TPS + ".json", good.replace("\"100027\": 38", "\"100027\": " + number));
    assertRefused(f, "input.error.malformed", place);
  }

  @Test
  void justBelowTheAbsurdLimitIsReadNotRefused() throws IOException {
    // 99,999 could be a (wild) misreading, which the checks must see: it is read, and since the
    // TPS already has other numbers from Sirekap it is a conflict, not a refusal.
    Path f =
        writeJson(
            "ppwp/" + TPS + ".json",
            root -> ((ObjectNode) root.get("administrasi")).put("suara_total", 99_999));
    var before = StoreDump.of(ws);
    ImportSummary s = Workspaces.importFiles(ws, f);
    assertThat(s.refused()).isEmpty();
    assertThat(s.conflicts())
        .singleElement()
        .extracting(ImportSummary.Conflict::tps)
        .isEqualTo(TPS);
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void fileNameThatIsNoTpsCode() throws IOException {
    Path f = write("ppwp/hasil-tps-1.json", good);
    assertRefused(f, "result.error.fileName");
  }

  @Test
  void fileNameWithTooFewDigits() throws IOException {
    Path f = write("ppwp/310101100100.json", good);
    assertRefused(f, "result.error.fileName");
  }

  @Test
  void tpsOutsideTheWorkspaceRegion() throws IOException {
    // Kab. Jakarta Selatan's TPS in a Kepulauan Seribu workspace
    Path f = write("ppwp/3171011001001.json", good);
    assertRefused(f, "result.error.outsideRegion", "3171011001001", "3101");
  }

  @Test
  void tpsNotInTheMasterList() throws IOException {
    // Pulau Panggang has TPS 001..018 only
    Path f = write("ppwp/3101011001099.json", good);
    assertRefused(f, "result.error.unknownTps", "3101011001099");
  }

  @Test
  void contestFolderNotInTheElection() throws IOException {
    Path f = write("pdpr/31/3101/" + TPS + ".json", good);
    assertRefused(f, "result.error.contestNotInElection", "pdpr", "pemilu-2024");
  }

  @Test
  void noContestDeterminable() throws IOException {
    Path f = write("unduhan/" + TPS + ".json", good);
    assertRefused(f, "result.error.noContest");
  }

  @Test
  void candidateIdNotInTheDefinition() throws IOException {
    Path f =
        writeJson(
            "ppwp/" + TPS + ".json", root -> ((ObjectNode) root.get("chart")).put("100099", 5));
    assertRefused(f, "result.error.unknownCandidate", "chart.100099");
  }

  // Issue 15: a file copied under another TPS's name carries that TPS's photos; refused.
  @Test
  void aFileCopiedUnderAnotherTpsNameIsRefused() throws IOException {
    // the real file of TPS 001 of Pulau Panggang, saved as TPS 002's
    Path f = write("ppwp/3101011001002.json", good);
    assertRefused(f, "result.error.imageTps", "images[0]", TPS, "3101011001002");
  }

  @Test
  void aFileOfAnotherContestIsRefusedByItsPhotos() throws IOException {
    Path f =
        writeJson(
            "ppwp/" + TPS + ".json",
            root ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("images"))
                    .set(
                        1,
                        root.get("images")
                            .get(1)
                            .asText()
                            .replace("/pemilu/ppwp/", "/pemilu/pdpr/")));
    assertRefused(f, "result.error.imageContest", "images[1]", "pdpr", "ppwp");
  }

  // Issue 15: keys of chart and administrasi that mean nothing here are refused, never dropped.
  @ParameterizedTest(name = "{0}.\"{1}\"")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "chart|+100025", // a sign before the id: the count of pair 01 under a damaged key
        "chart|100025 ", // a trailing space
        "chart|suara", // a word
        "administrasi|suara_sah ", // the valid votes under a key with a trailing space
        "administrasi|SUARA_SAH", // upper case
        "administrasi|pengguna_dpk_j", // a key Sirekap never published
      })
  void anUnknownKeyIsRefusedNotDropped(String block, String key) throws IOException {
    Path f = writeJson("ppwp/" + TPS + ".json", root -> ((ObjectNode) root.get(block)).put(key, 7));
    assertRefused(f, "result.error.unknownKey", block + "." + key);
  }

  @Test
  void theNullArtefactWithACountIsRefused() throws IOException {
    Path f =
        writeJson("ppwp/" + TPS + ".json", root -> ((ObjectNode) root.get("chart")).put("null", 7));
    assertRefused(f, "result.error.unknownKey", "chart.null");
  }

  @Test
  void anIdThatIsNoCandidateOfTheContestIsRefused() throws IOException {
    // a governor id of Pilkada in a presidential file
    Path f =
        writeJson(
            "ppwp/" + TPS + ".json", root -> ((ObjectNode) root.get("chart")).put("1000023", 7));
    assertRefused(f, "result.error.unknownCandidate", "chart.1000023", "ppwp");
  }

  @Test
  void aPercentageInTheChartIsKnownAndNoCount() throws IOException {
    // Sirekap's aggregate levels carry chart.persen; it is no count and no reason to refuse
    Path f =
        writeJson(
            "tps/ppwp/" + TPS + ".json",
            root -> ((ObjectNode) root.get("chart")).put("persen", 100.0));
    ImportSummary s = Workspaces.importFiles(ws, f);
    assertThat(s.refused()).isEmpty();
    assertThat(s.unchanged()).isEqualTo(1);
  }

  @Test
  void anUnknownRevoteMarkIsRefused() throws IOException {
    Path f = writeJson("ppwp/" + TPS + ".json", root -> root.put("psu", "Ulang-2"));
    assertRefused(f, "result.error.psu", "Ulang-2");
  }

  @Test
  void nonJsonFileGivenExplicitly() throws IOException {
    Path f = write("ppwp/" + TPS + ".csv", "code,ppwp.1\n" + TPS + ",83\n");
    assertRefused(f, "result.error.kind");
  }

  @Test
  void oversizedFile() throws IOException {
    // A valid record padded past the 1 MiB limit: refused on its size, before it is parsed.
    String padded =
        good.replace("{\"mode\"", "{\"pad\": \"" + "x".repeat(1 << 20) + "\", \"mode\"");
    Path f = write("ppwp/" + TPS + ".json", padded);
    assertRefused(f, "input.error.tooLarge", Long.toString(Files.size(f)));
  }

  @Test
  void deeplyNestedJson() throws IOException {
    Path f =
        write(
            "ppwp/" + TPS + ".json",
            "{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + ", \"chart\": null}");
    assertRefused(f, "input.error.malformed");
  }

  @Test
  void duplicateKeys() throws IOException {
    // Two readers could disagree on which value counts; the file is refused instead.
    Path f =
        write(
            "ppwp/" + TPS + ".json",
            good.replace("\"100027\": 38", "\"100027\": 38, \"100027\": 83"));
    assertRefused(f, "input.error.malformed", "100027");
  }

  @Test
  void dataAfterTheRecord() throws IOException {
    Path f = write("ppwp/" + TPS + ".json", good + "\n{\"chart\": {}}");
    assertRefused(f, "input.error.trailing", "2:");
  }

  @Test
  void anArrayInsteadOfTheRecord() throws IOException {
    Path f = write("ppwp/" + TPS + ".json", "[" + good + "]");
    assertRefused(f, "input.error.structure", "1:");
  }

  @Test
  void aPathThatDoesNotExist() {
    Path f = dir.resolve("ppwp").resolve(TPS + ".json");
    assertRefused(f, "input.error.missing");
  }

  /**
   * Imports the one file and checks: refused as bad input (nothing applied), message in both
   * languages naming the file and the given places, and the store identical to before.
   */
  private static void assertRefused(Path file, String key, String... places) {
    var before = StoreDump.of(ws);
    var head = ws.verifyAudit().run().headHash();
    ImportSummary s = Workspaces.importFiles(ws, file);
    assertThat(s.applied()).as("applied").isFalse();
    assertThat(s.imported() + s.corrected() + s.unchanged()).isZero();
    assertThat(s.conflicts()).isEmpty();
    assertThat(s.refused()).singleElement().satisfies(e -> assertMessage(e, file, key, places));
    assertThat(StoreDump.of(ws)).as("store after refusal").isEqualTo(before);
    assertThat(ws.verifyAudit().run().headHash()).isEqualTo(head);
  }

  static void assertMessage(RekapException e, Path file, String key, String... places) {
    assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
    assertThat(e.kind().exitStatus()).isEqualTo(3);
    assertThat(e.key()).isEqualTo(key);
    String name = file.getFileName().toString();
    String indonesian = e.getMessage();
    String english = e.localized(Locale.ENGLISH);
    for (String text : Arrays.asList(indonesian, english)) {
      assertThat(text).isNotBlank().doesNotContain(key).contains(name);
      for (String place : places) {
        assertThat(text).contains(place);
      }
      assertThat(text.lines().count()).as("one line").isEqualTo(1);
    }
    assertThat(english).isNotEqualTo(indonesian);
  }

  private Path write(String relative, String content) throws IOException {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  private Path writeJson(String relative, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(good);
    change.accept(root);
    return write(relative, MAPPER.writeValueAsString(root));
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
