package id.rekap.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Csv;
import id.rekap.core.common.Json;
import id.rekap.core.common.MessageRef;
import id.rekap.core.common.Messages;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three outputs of {@code check}: {@code rekap-findings/1} JSON exactly as docs/contract.md §6
 * fixes it, CSV (RFC 4180 quoting, values as compact JSON) and one text line per finding.
 */
class FindingsDocumentTest {
  private static final List<String> FIELDS =
      List.of("rule", "severity", "contest", "level", "code", "message", "values");

  @TempDir static Path dir;
  private static List<Finding> sample;

  @BeforeAll
  static void checkTheRealSample() {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      sample = ws.check().run().findings();
    }
  }

  @Test
  void jsonHasTheContractsShapeAndNothingElse() {
    JsonNode doc = json(sample(), Messages.INDONESIAN);
    assertThat(names(doc)).containsExactly("format", "findings");
    assertThat(doc.get("format").asText()).isEqualTo("rekap-findings/1");
    assertThat(doc.get("findings").isArray()).isTrue();
    for (JsonNode f : doc.get("findings")) {
      assertThat(names(f)).containsExactlyElementsOf(FIELDS);
      assertThat(f.get("rule").asText()).matches("R([1-9]|1[0-9]|2[01])");
      assertThat(f.get("severity").asText()).isIn("ERROR", "WARNING");
      assertThat(f.get("contest").asText()).isEqualTo("ppwp");
      assertThat(f.get("level").asText()).isIn("tps", "desa", "kecamatan", "kabkota");
      assertThat(f.get("code").asText()).matches("\\d{4}|\\d{6}|\\d{10}|\\d{13}");
      assertThat(f.get("message").asText()).isNotBlank().doesNotContain("{0}");
      assertThat(f.get("values").isObject()).isTrue();
    }
  }

  @Test
  void theExampleOfFormatsSection6IsWhatTheRealSampleGives() throws IOException {
    // docs/contract.md §6 shows TPS 3101011001001's R5 finding; the real file gives exactly that
    JsonNode expected =
        Json.mapper()
            .readTree(
                """
                {"rule": "R5", "severity": "ERROR", "contest": "ppwp", "level": "tps",
                 "code": "3101011001001",
                 "message": "Jumlah suara (233) tidak sama dengan pengguna hak pilih (292)",
                 "values": {"total": 233, "users": 292}}""");
    JsonNode doc = json(sample(), Messages.INDONESIAN);
    assertThat(doc.get("findings")).contains(expected);
  }

  @Test
  void jsonValuesAreNumbersListsAndTextAsTheRuleGaveThem() {
    JsonNode doc = json(List.of(r21(), r18()), Locale.ENGLISH);
    JsonNode r21 = doc.at("/findings/0");
    assertThat(r21.at("/values/rules").isArray()).isTrue();
    assertThat(r21.at("/values/missing/1").asText()).isEqualTo("total");
    assertThat(r21.get("message").asText())
        .isEqualTo("Cannot check R1, R2: data incomplete (valid, total)");
    JsonNode r18 = doc.at("/findings/1");
    assertThat(r18.at("/values/choices.1").isIntegralNumber()).isTrue();
    assertThat(names(r18.get("values"))).containsExactly("choices.1", "words");
  }

  @Test
  void emptyFindingsAreAnEmptyList() {
    assertThat(Json.canonicalOrdered(FindingsDocument.json(List.of(), Messages.INDONESIAN)))
        .isEqualTo("{\"format\":\"rekap-findings/1\",\"findings\":[]}");
    assertThat(FindingsDocument.csv(List.of(), Messages.INDONESIAN))
        .isEqualTo("rule,severity,contest,level,code,message,values\n");
    assertThat(FindingsDocument.text(List.of(), Messages.INDONESIAN)).isEmpty();
  }

  @Test
  void csvQuotesMessagesAndValuesThatNeedIt() {
    String csv = FindingsDocument.csv(List.of(r18(), r21()), Messages.INDONESIAN);
    assertThat(csv.lines().toList())
        .containsExactly(
            "rule,severity,contest,level,code,message,values",
            "R18,WARNING,ppwp,tps,3101011001001,\"choices.1: angka 70 tidak sama dengan tulisan"
                + " huruf \"\"TUJUH PULUH SATU\"\"\",\"{\"\"choices.1\"\":70,\"\"words\"\":\"\"TUJUH"
                + " PULUH SATU\"\"}\"",
            "R21,WARNING,ppwp,desa,3101011001,\"Tidak dapat memeriksa R1, R2: data belum lengkap"
                + " (valid, total)\",\"{\"\"rules\"\":[\"\"R1\"\",\"\"R2\"\"],\"\"missing\"\":[\"\"valid\"\",\"\"total\"\"]}\"");
  }

  @Test
  void csvRoundTripsEveryFindingOfTheRealSample() throws IOException {
    List<Finding> findings = sample();
    List<List<String>> rows = Csv.parse(FindingsDocument.csv(findings, Locale.ENGLISH));
    assertThat(rows).hasSize(findings.size() + 1);
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row)
          .containsExactly(
              f.rule(),
              f.severity().name(),
              f.contest().id(),
              f.level().id(),
              f.code(),
              f.message(Locale.ENGLISH),
              row.get(6));
      assertThat(Json.mapper().readTree(row.get(6)))
          .isEqualTo(Json.mapper().readTree(Json.canonicalOrdered(f.values())));
    }
  }

  @Test
  void textIsOneAlignedLinePerFinding() {
    String text = FindingsDocument.text(List.of(r18(), r21()), Messages.INDONESIAN);
    assertThat(text.lines().toList())
        .containsExactly(
            "WARNING R18 ppwp   tps       3101011001001  choices.1: angka 70 tidak sama dengan"
                + " tulisan huruf \"TUJUH PULUH SATU\"",
            "WARNING R21 ppwp   desa      3101011001     Tidak dapat memeriksa R1, R2: data"
                + " belum lengkap (valid, total)");
    List<Finding> real = sample();
    assertThat(FindingsDocument.text(real, Locale.ENGLISH).lines())
        .hasSize(real.size())
        .allSatisfy(l -> assertThat(l).matches("(ERROR  |WARNING) R\\d+ +ppwp +\\w+ +\\d+ +\\S.*"));
  }

  private static List<Finding> sample() {
    return sample;
  }

  private static Finding r18() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("choices.1", 70L);
    values.put("words", "TUJUH PULUH SATU");
    return new Finding(
        "R18",
        Severity.WARNING,
        ContestCode.PPWP,
        RecapLevel.TPS,
        "3101011001001",
        new MessageRef("rule.R18", "choices.1", "70", "TUJUH PULUH SATU"),
        values);
  }

  private static Finding r21() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("rules", List.of("R1", "R2"));
    values.put("missing", List.of("valid", "total"));
    return new Finding(
        "R21",
        Severity.WARNING,
        ContestCode.PPWP,
        RecapLevel.DESA,
        "3101011001",
        new MessageRef("rule.R21", "R1, R2", "valid, total"),
        values);
  }

  private static JsonNode json(List<Finding> findings, Locale locale) {
    try {
      return Json.mapper().readTree(Json.canonicalOrdered(FindingsDocument.json(findings, locale)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> names(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }
}
