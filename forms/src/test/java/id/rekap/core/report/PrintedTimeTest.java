package id.rekap.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.region.LocalZone;
import id.rekap.core.support.TestClock;
import id.rekap.forms.report.FormReader;
import id.rekap.forms.report.GeneratedForms;
import id.rekap.forms.report.PdfChecks;
import id.rekap.testsupport.TestClocks;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §5: a printed form says when it was made in the tally centre's own zone, as people write
 * it, whatever zone the PC's clock is set to (never "+00:00").
 */
class PrintedTimeTest {
  private static final Clock UTC = TestClocks.at(ZoneOffset.UTC);

  @Test
  void theFormsFooterIsInTheRegionsZone() throws Exception {
    ReportSettings s = GeneratedForms.settings(Marking.DRAFT);
    for (Clock clock : new Clock[] {UTC, TestClock.FIXED}) {
      ReportSettings t = new ReportSettings(s.committee(), s.marking(), clock, s.softwareVersion());
      FormDocument doc = DHasilForm.build(GeneratedForms.candidates(3), t);
      String page = FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4)).getFirst();
      assertThat(page).contains("20-02-2024 17.15.30 WIB").doesNotContain("+00:00");
    }
  }

  @Test
  void witaAndWitFollowTheProvince() {
    assertThat(print("7371")).isEqualTo("20-02-2024 18.15.30 WITA");
    assertThat(print("9471")).isEqualTo("20-02-2024 19.15.30 WIT");
    assertThat(print("3171")).isEqualTo("20-02-2024 17.15.30 WIB");
  }

  private static String print(String region) {
    LocalZone zone = LocalZone.of(region);
    return Generated.format(Generated.at(UTC, zone.zone()), zone.label());
  }
}
