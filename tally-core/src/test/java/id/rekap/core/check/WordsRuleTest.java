package id.rekap.core.check;

import static id.rekap.core.check.RuleFixture.PEMILU;
import static id.rekap.core.check.RuleFixture.TPS;
import static id.rekap.core.check.RuleFixture.only;
import static id.rekap.core.check.RuleFixture.ppwp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.rekap.core.common.Messages;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.TpsResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R18: the numbers written in words on the form say what the digits say. No data source carries
 * words yet (Sirekap has none), so the subject is built by hand with the words a KPPS would write,
 * and the whole catalogue runs over it as the engine runs it.
 */
class WordsRuleTest {
  @Test
  void r18PassesWhenWordsAndDigitsAgree() {
    // 233 valid votes: 100 + 83 + 50
    TpsResult r =
        ppwp()
            .vote(1, 100)
            .vote(2, 83)
            .set(AdminField.VALID, 233)
            .set(AdminField.INVALID, 7)
            .set(AdminField.TOTAL, 240)
            .result();
    Map<String, String> words =
        Map.of(
            "valid", "DUA RATUS TIGA PULUH TIGA",
            "choices.1", "SERATUS",
            "choices.2", "DELAPAN PULUH TIGA",
            "choices.3", "LIMA PULUH",
            "invalid", "TUJUH");
    assertThat(rules(r, words)).extracting(Finding::rule).doesNotContain("R18");
  }

  @Test
  void r18WarnsWhenTheWordsSayAnotherNumber() {
    TpsResult r = ppwp().result();
    Finding f =
        only(
            rules(r, Map.of("choices.1", "TUJUH PULUH SATU")),
            "R18",
            Severity.WARNING,
            RecapLevel.TPS,
            TPS.value());
    assertThat(f.values())
        .containsExactly(entry("choices.1", 70L), entry("words", "TUJUH PULUH SATU"));
    assertThat(f.message(Messages.INDONESIAN))
        .isEqualTo("choices.1: angka 70 tidak sama dengan tulisan huruf \"TUJUH PULUH SATU\"");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("choices.1: the digits 70 differ from the words \"TUJUH PULUH SATU\"");
  }

  @Test
  void r18ReadsTheSePrefixedWordsAndZero() {
    TpsResult r = ppwp().vote(1, 111).vote(2, 1000).vote(3, 0).set(AdminField.INVALID, 10).result();
    List<Finding> f =
        rules(
            r,
            Map.of(
                "choices.1", "SERATUS SEBELAS",
                "choices.2", "SERIBU",
                "choices.3", "NOL",
                "invalid", "SEPULUH"));
    assertThat(f).extracting(Finding::rule).doesNotContain("R18");
  }

  @Test
  void r18EdgeUnreadableWordsWarnAndADigitlessFieldIsSkipped() {
    TpsResult r = ppwp().set(AdminField.INVALID, null).result();
    List<Finding> f =
        rules(
            r,
            Map.of(
                "choices.1", "TUJUH PULUH TUJUH PULUH",
                "invalid", "TUJUH",
                "total", ""));
    // "TUJUH PULUH TUJUH PULUH" is not a number; an empty text is not the digits either; the
    // invalid votes have no digits to compare with (that is R21's business, not R18's)
    assertThat(f)
        .filteredOn(x -> x.rule().equals("R18"))
        .extracting(x -> x.values().keySet().iterator().next())
        .containsExactlyInAnyOrder("choices.1", "total");
  }

  /** Every rule of the catalogue over a TPS subject with words, as the engine would run it. */
  private static List<Finding> rules(TpsResult r, Map<String, String> words) {
    Subject s =
        new Subject(
            PEMILU,
            PEMILU.contest(ContestCode.PPWP).orElseThrow(),
            RecapLevel.TPS,
            r.tps().value(),
            Figures.of(r),
            new Subject.Tps(r, Map.of(r.source(), r), Map.of(), words),
            null);
    Report report = new Report(s, Thresholds.of(PEMILU), RuleCatalog.defaults()::get);
    for (Rule rule : RuleCatalog.rules()) {
      if (rule.levels().contains(RecapLevel.TPS) && rule.appliesTo(s.contest().shape())) {
        rule.check(s, report);
      }
    }
    return report.findings();
  }
}
