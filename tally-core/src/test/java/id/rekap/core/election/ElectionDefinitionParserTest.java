package id.rekap.core.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rekap.core.common.RekapException;
import id.rekap.core.region.TpsCode;
import id.rekap.core.support.SyntheticElection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The election definition ({@code rekap-election/1}): the real demo file and a generated one with
 * every shape parse; a missing or wrong required key, a wrong format tag, duplicates and unknown
 * codes are bad input whose message names the file and the JSON place.
 */
class ElectionDefinitionParserTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SOURCE = "pemilu-uji.json";

  @TempDir Path dir;

  @Test
  void theDemoDefinitionParses() throws IOException {
    ElectionDefinition e =
        ElectionDefinitionParser.parse(SOURCE, demo().getBytes(StandardCharsets.UTF_8));
    assertThat(e.id()).isEqualTo("pemilu-2024");
    assertThat(e.name()).isEqualTo("Pemilu 2024");
    assertThat(e.date()).isEqualTo("2024-02-14");
    assertThat(e.maxVotersPerTps()).isEqualTo(300);
    assertThat(e.ballotReservePercent()).isEqualTo(2.0);
    assertThat(e.mode()).isEqualTo(ElectionDefinition.Mode.OFFICIAL);
    assertThat(e.parties()).isEmpty();
    Contest ppwp = e.contest(ContestCode.PPWP).orElseThrow();
    assertThat(ppwp.shape()).isEqualTo(Shape.CANDIDATES);
    assertThat(ppwp.scope()).isEmpty();
    assertThat(ppwp.candidates())
        .extracting(Candidate::number, Candidate::sirekapId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "100025"),
            org.assertj.core.groups.Tuple.tuple(2, "100026"),
            org.assertj.core.groups.Tuple.tuple(3, "100027"));
    assertThat(ppwp.candidates().get(1).name()).startsWith("H. PRABOWO SUBIANTO");
    assertThat(e.contest(ContestCode.PDPR)).isEmpty();
  }

  @Test
  void aFileIsNamedByItsPath() throws IOException {
    Path file = dir.resolve("pemilu.json");
    Files.writeString(file, demo().replace("rekap-election/1", "rekap-election/0"));
    var e = catchThrowableOfType(RekapException.class, () -> ElectionDefinitionParser.parse(file));
    assertThat(e.getMessage()).contains(file.toString());
  }

  @Test
  void partyListsAndDpdParse() {
    ElectionDefinition e = parse(synthetic(), x -> {});
    assertThat(e.mode()).isEqualTo(ElectionDefinition.Mode.TEST);
    assertThat(e.parties()).extracting(Party::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(e.party(3).orElseThrow().abbr()).isEqualTo("PDIP");
    Contest dpd = e.contest(ContestCode.PDPD).orElseThrow();
    assertThat(dpd.scope()).isEqualTo("31");
    assertThat(dpd.appliesTo(new TpsCode("3101011001001"))).isTrue();
    assertThat(dpd.appliesTo(new TpsCode("3201011001001"))).isFalse();
    assertThat(dpd.candidates().get(1).sex()).isEqualTo("P");
    Contest dpr = e.contest(ContestCode.PDPR).orElseThrow();
    assertThat(dpr.shape()).isEqualTo(Shape.PARTY_LISTS);
    assertThat(dpr.dapils()).extracting(Dapil::code).containsExactly("DKI-A", "DKI-B");
    assertThat(dpr.dapilOf(new TpsCode("3101021001001")).orElseThrow().code()).isEqualTo("DKI-B");
    assertThat(dpr.dapil("DKI-A").orElseThrow().list(5)).isPresent();
    assertThat(dpr.dapil("DKI-B").orElseThrow().list(5)).isEmpty();
    Contest dprdp = e.contest(ContestCode.PDPRDP).orElseThrow();
    assertThat(dprdp.appliesTo(new TpsCode("3101021001001"))).as("outside every dapil").isFalse();
  }

  @Test
  void unknownKeysAreIgnored() {
    ElectionDefinition plain = parse(synthetic(), x -> {});
    ElectionDefinition extended =
        parse(
            synthetic(),
            root -> {
              root.put("comment", "dibuat oleh KPU");
              ((ObjectNode) root.get("election")).putObject("extra").put("a", 1);
              ((ObjectNode) root.at("/contests/2/dapils/0")).put("kodeSirekap", "3101");
              ((ObjectNode) root.at("/contests/1/candidates/0")).put("photo", "x.jpg");
            });
    assertThat(extended.contests()).isEqualTo(plain.contests());
    assertThat(extended.parties()).isEqualTo(plain.parties());
  }

  @Test
  void optionalElectionKeysHaveDefaults() {
    ElectionDefinition e =
        parse(
            demoNode(),
            root -> {
              ObjectNode election = (ObjectNode) root.get("election");
              election.remove("maxVotersPerTps");
              election.remove("ballotReservePercent");
              election.remove("mode");
              election.remove("date");
            });
    assertThat(e.maxVotersPerTps()).isEqualTo(300);
    assertThat(e.ballotReservePercent()).isEqualTo(2.0);
    assertThat(e.mode()).isEqualTo(ElectionDefinition.Mode.OFFICIAL);
    assertThat(e.date()).isNull();
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({
    "/election, $.election",
    "/election/id, election.id",
    "/election/name, election.name",
    "/contests, $.contests",
    "/contests/0/code, contests[0].code",
    "/contests/0/name, contests[0].name",
    "/contests/0/shape, contests[0].shape",
    "/contests/0/candidates, contests[0].candidates",
    "/contests/0/candidates/1/number, contests[0].candidates[1].number",
    "/contests/1/candidates/2/name, contests[1].candidates[2].name",
    "/contests/2/dapils, contests[2].dapils",
    "/contests/2/dapils/1/code, contests[2].dapils[1].code",
    "/contests/2/dapils/0/regions, contests[2].dapils[0].regions",
    "/contests/2/dapils/0/lists, contests[2].dapils[0].lists",
    "/contests/3/dapils/0/lists/2/party, contests[3].dapils[0].lists[2].party",
    "/parties/1/name, parties[1].name",
  })
  void aMissingRequiredKeyNamesItsPlace(String pointer, String place) {
    JsonPointer p = JsonPointer.compile(pointer);
    assertBad(
        synthetic(),
        root -> ((ObjectNode) root.at(p.head())).remove(p.last().getMatchingProperty()),
        "election.error.field",
        place);
  }

  @Test
  void aWrongFormatTagIsRefused() {
    assertBad(
        demoNode(),
        root -> root.put("format", "rekap-election/2"),
        "election.error.format",
        "rekap-election/1");
  }

  @Test
  void aMissingFormatTagIsAMissingRequiredKey() {
    assertBad(demoNode(), root -> root.remove("format"), "election.error.field", "$.format");
  }

  @Test
  void aDuplicateCandidateNumberIsRefused() {
    assertBad(
        demoNode(),
        root -> ((ObjectNode) root.at("/contests/0/candidates/1")).put("number", 1),
        "election.error.duplicate",
        "contests[0].candidates[1].number");
  }

  @Test
  void aDuplicateSirekapIdIsRefused() {
    assertBad(
        demoNode(),
        root -> ((ObjectNode) root.at("/contests/0/candidates/2")).put("sirekapId", "100025"),
        "election.error.duplicate",
        "contests[0].candidates[2].sirekapId",
        "100025");
  }

  @Test
  void aDuplicateCalegNumberInAPartyListIsRefused() {
    assertBad(
        synthetic(),
        root -> {
          ArrayNode cands = (ArrayNode) root.at("/contests/2/dapils/0/lists/0/candidates");
          cands.addObject().put("number", 1).put("name", "Caleg kembar");
        },
        "election.error.duplicate",
        "contests[2].dapils[0].lists[0].candidates[");
  }

  @Test
  void anUnknownContestCodeIsRefused() {
    assertBad(
        demoNode(),
        root -> ((ObjectNode) root.at("/contests/0")).put("code", "dprd"),
        "election.error.contestCode",
        "contests[0].code",
        "dprd");
  }

  @Test
  void aContestDefinedTwiceIsRefused() {
    assertBad(
        demoNode(),
        root -> ((ArrayNode) root.get("contests")).add(root.at("/contests/0").deepCopy()),
        "election.error.duplicate",
        "contests[1].code");
  }

  @Test
  void aListOfAPartyThatIsNotInThePartiesIsRefused() {
    assertBad(
        synthetic(),
        root -> ((ObjectNode) root.at("/contests/2/dapils/0/lists/0")).put("party", 42),
        "election.error.unknownParty",
        "contests[2].dapils[0].lists[0].party",
        "42");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/election|maxVotersPerTps|\"300\"|election.maxVotersPerTps",
        "/election|maxVotersPerTps|0|election.maxVotersPerTps",
        "/election|ballotReservePercent|150|election.ballotReservePercent",
        "/election|mode|\"resmi\"|election.mode",
        "/contests/0|shape|\"pairs\"|contests[0].shape",
        "/contests/1|scope|\"DKI\"|contests[1].scope",
        "/contests/0/candidates/0|number|1.5|contests[0].candidates[0].number",
        "/contests/2/dapils/0|regions|[\"31.01\"]|contests[2].dapils[0].regions[0]",
        "/|contests|[]|contests",
      })
  void aWrongValueNamesItsPlace(String object, String key, String json, String place) {
    assertBad(
        synthetic(),
        root -> ((ObjectNode) (object.equals("/") ? root : root.at(object))).set(key, parse(json)),
        "election.error.field",
        place);
  }

  @Test
  void malformedJsonIsRefused() {
    var e =
        catchThrowableOfType(
            RekapException.class,
            () ->
                ElectionDefinitionParser.parse(
                    SOURCE, "{\"format\": \"rekap-election/1\",".getBytes(StandardCharsets.UTF_8)));
    assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
    assertThat(e.key()).isEqualTo("input.error.malformed");
    assertThat(e.getMessage()).contains(SOURCE);
  }

  @Test
  void aTopLevelArrayIsRefused() {
    assertThatThrownBy(
            () -> ElectionDefinitionParser.parse(SOURCE, "[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("election.error.field"));
  }

  private static void assertBad(
      ObjectNode base, Consumer<ObjectNode> change, String key, String... places) {
    change.accept(base);
    byte[] content = base.toString().getBytes(StandardCharsets.UTF_8);
    var e =
        catchThrowableOfType(
            RekapException.class, () -> ElectionDefinitionParser.parse(SOURCE, content));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.kind()).isEqualTo(RekapException.Kind.BAD_INPUT);
    assertThat(e.key()).isEqualTo(key);
    for (String text : new String[] {e.getMessage(), e.localized(Locale.ENGLISH)}) {
      assertThat(text).isNotBlank().doesNotContain(key).contains(SOURCE);
      for (String place : places) {
        assertThat(text).contains(place);
      }
    }
  }

  private static ElectionDefinition parse(ObjectNode base, Consumer<ObjectNode> change) {
    change.accept(base);
    return ElectionDefinitionParser.parse(SOURCE, base.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String demo() {
    try (InputStream in =
        ElectionDefinitionParserTest.class.getResourceAsStream(
            "/id/rekap/core/demo/pemilu-2024-ppwp.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode demoNode() {
    return (ObjectNode) parse(demo());
  }

  /** Contests: 0 ppwp, 1 pdpd, 2 pdpr (two dapils), 3 pdprdp. */
  private static ObjectNode synthetic() {
    return (ObjectNode) parse(new SyntheticElection(new Random(1)).definition());
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
