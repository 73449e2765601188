package id.rekap.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.support.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §5: a printed form says when it was made in the tally centre's own zone, as people write
 * it, whatever zone the PC's clock is set to (never "+00:00").
 */
class PrintedTimeTest {
  private static final Clock UTC =
      Clock.fixed(Instant.parse("2024-02-20T10:15:30Z"), ZoneOffset.UTC);

  @Test
  void theFormsFooterIsInTheRegionsZone() throws Exception {
    ReportSettings s = GeneratedForms.settings(Marking.DRAFT);
    for (Clock clock : new Clock[] {UTC, TestClock.FIXED}) {
      ReportSettings t = new ReportSettings(s.committee(), s.marking(), clock, s.softwareVersion());
      FormDocument doc = DHasilForm.build(GeneratedForms.candidates(3), t);
      assertThat(doc.generatedAt()).isEqualTo("20 Februari 2024 17.15 WIB");
      String page = FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4)).getFirst();
      assertThat(page).contains("20 Februari 2024 17.15 WIB").doesNotContain("+00:00");
    }
  }

  @Test
  void witaAndWitFollowTheProvince() {
    assertThat(Generated.format(Generated.at(UTC, "7371")))
        .isEqualTo("20 Februari 2024 18.15 WITA");
    assertThat(Generated.format(Generated.at(UTC, "9471"))).isEqualTo("20 Februari 2024 19.15 WIT");
    assertThat(Generated.format(Generated.at(UTC, "3171"))).isEqualTo("20 Februari 2024 17.15 WIB");
  }
}
