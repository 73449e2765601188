package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ElectionDefinition.Mode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.support.TestClock;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Acceptance of issue 5: the marking follows the input and the mode; same input, same bytes. */
class MarkingAndReproducibilityTest {
  @Test
  void officialOnlyWhenAdoptedAndNeverForATestElection() {
    assertThat(Marking.of(false, Mode.OFFICIAL)).isEqualTo(Marking.DRAFT);
    assertThat(Marking.of(true, Mode.OFFICIAL)).isEqualTo(Marking.OFFICIAL);
    assertThat(Marking.of(false, Mode.TEST)).isEqualTo(Marking.TEST);
    assertThat(Marking.of(true, Mode.TEST)).isEqualTo(Marking.TEST);
  }

  @ParameterizedTest
  @EnumSource(Marking.class)
  void theMarkingIsOnEveryPageInTheSheetAndInTheFileName(Marking marking) throws Exception {
    FormDocument doc =
        DHasilForm.build(GeneratedForms.partyList(20, 6, 8), GeneratedForms.settings(marking));
    List<String> pages = FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4));
    assertThat(pages).hasSizeGreaterThan(1);
    for (String page : pages) {
      assertThat(page).contains(doc.markingText());
      for (Marking other : Marking.values()) {
        if (other != marking) {
          assertThat(page).doesNotContain(doc.texts().get("marking." + other.id()));
        }
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(PdfChecks.xlsx(doc)))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(doc.markingText());
      assertThat(sheet.getHeader().getLeft()).isEqualTo(doc.markingText());
    }
    assertThat(doc.fileStem()).endsWith("-" + marking.id());
  }

  @Test
  void twoRunsWithAFixedClockGiveIdenticalBytes() {
    ReportSettings s = GeneratedForms.settings(Marking.DRAFT);
    FormDocument a = DHasilForm.build(GeneratedForms.partyList(10, 3, 4), s);
    FormDocument b = DHasilForm.build(GeneratedForms.partyList(10, 3, 4), s);
    for (Paper paper : Paper.values()) {
      assertThat(PdfChecks.pdf(a, paper)).isEqualTo(PdfChecks.pdf(b, paper));
    }
    assertThat(PdfChecks.xlsx(a)).isEqualTo(PdfChecks.xlsx(b));
  }

  @Test
  void anotherClockChangesTheFileButNotTheDigest() {
    ReportSettings s = GeneratedForms.settings(Marking.DRAFT);
    Clock later = Clock.fixed(Instant.parse("2024-02-21T08:00:00Z"), ZoneId.of("Asia/Jakarta"));
    ReportSettings t = new ReportSettings(s.committee(), s.marking(), later, s.softwareVersion());
    FormDocument a = DHasilForm.build(GeneratedForms.candidates(5), s);
    FormDocument b = DHasilForm.build(GeneratedForms.candidates(5), t);
    assertThat(a.digest()).isEqualTo(b.digest());
    assertThat(PdfChecks.pdf(a, Paper.A4)).isNotEqualTo(PdfChecks.pdf(b, Paper.A4));
    assertThat(PdfChecks.xlsx(a)).isNotEqualTo(PdfChecks.xlsx(b));
  }

  @Test
  void copiedTextIsTheTextPrintedWithoutLigatures() throws Exception {
    ReportSettings s =
        new ReportSettings(
            List.of(
                new CommitteeMember("Ketua", "Affandi Saifful Fikri"),
                new CommitteeMember("Anggota", "Muflih Effendi")),
            Marking.DRAFT,
            TestClock.FIXED,
            "0.1.0-test");
    FormDocument doc = DHasilForm.build(GeneratedForms.candidates(4), s);
    String text = String.join("\n", FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4)));
    assertThat(text)
        .contains("Affandi Saifful Fikri", "Muflih Effendi")
        .contains("SHA-256 data (isi kode QR): " + doc.digest())
        .doesNotContain("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04");
  }
}
