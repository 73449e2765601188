package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.FormTable;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.report.SampleForms;
import id.rekap.core.support.TestClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance 2 of issue 16: the certificate laid out on real region names (Kec. Klirong, 24 desa;
 * Kec. Lhoksukon, 75 desa; Kab. Bogor, 40 kecamatan) on A4 and F4: no word broken across lines
 * (every word of every name and label is a whole word of the page's text), no page that holds only
 * a heading or a few rows, and about one page per column group: a candidate ballot takes one page
 * per group plus the signature page.
 */
class LayoutOnRealNamesTest {
  private static final ReportSettings SETTINGS =
      new ReportSettings(
          List.of(
              new CommitteeMember("Ketua", "Siti Rahmawati Kusumaningrum"),
              new CommitteeMember("Anggota", "Muhammad Yusuf"),
              new CommitteeMember("Anggota", "Ni Luh Putu Ayu Kartika Dewi"),
              new CommitteeMember("Anggota", "Teuku Muhammad Iskandar"),
              new CommitteeMember("Anggota", "Bambang Sutrisno")),
          Marking.DRAFT,
          TestClock.FIXED,
          "0.1.0-test");

  /** Fewer rows than this on a page of the certificate is a page nobody should have to sign. */
  private static final int FEW_ROWS = 8;

  static Stream<Arguments> forms() {
    List<Arguments> out = new ArrayList<>();
    for (Paper paper : Paper.values()) {
      out.add(Arguments.of(SampleForms.KLIRONG, ContestCode.PPWP, paper));
      out.add(Arguments.of(SampleForms.LHOKSUKON, ContestCode.PPWP, paper));
      out.add(Arguments.of(SampleForms.BOGOR, ContestCode.PPWP, paper));
      out.add(Arguments.of(SampleForms.LHOKSUKON, ContestCode.PKWKK, paper));
      out.add(Arguments.of(SampleForms.KLIRONG, ContestCode.PDPD, paper));
      out.add(Arguments.of(SampleForms.KLIRONG, ContestCode.PDPRDK, paper));
      out.add(Arguments.of(SampleForms.BOGOR, ContestCode.PDPRDK, paper));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("forms")
  void realNamesLayOutWholeOnFullPages(String region, ContestCode code, Paper paper)
      throws Exception {
    DHasilForm.Input in = SampleForms.input(region, code, 2, 7);
    FormDocument doc = DHasilForm.build(in, SETTINGS);
    byte[] pdf = PdfChecks.pdf(doc, paper);
    List<String> pages = FormReader.pdfPages(pdf);
    List<PdfForm.PageSummary> summary = PdfForm.summary(doc, paper);
    assertThat(pages).hasSameSizeAs(summary);
    assertThat(PdfChecks.glyphsOutsidePage(pdf)).isEmpty();

    Set<String> words = new HashSet<>();
    pages.forEach(p -> words.addAll(Arrays.asList(p.split("\\s+"))));
    for (RecapRow c : in.columns()) {
      assertThat(words).as("words of " + c.name()).containsAll(words(c.name()));
    }
    for (FormTable.Row r : doc.grids().getFirst().table().rows()) {
      if (r.cells().get(1) instanceof String label) {
        assertThat(words).as("words of " + label).containsAll(words(label));
      }
    }

    List<int[]> groups = PdfChecks.groups(doc, paper);
    int children = in.columns().size();
    for (int p = 0; p < summary.size(); p++) {
      PdfForm.PageSummary s = summary.get(p);
      if (!s.closing()) {
        assertThat(s.rows()).as("rows on page " + (p + 1)).isGreaterThanOrEqualTo(FEW_ROWS);
        assertThat(pages.get(p)).as("page " + (p + 1)).containsPattern("dari " + children);
      }
    }
    assertThat(summary.getLast().closing()).isTrue();
    int rows = doc.grids().getFirst().table().rows().size();
    int pagesPerGroup =
        code == ContestCode.PDPRDK || code == ContestCode.PDPD ? (rows + 29) / 30 : 1;
    assertThat(summary.size())
        .as("pages for %d groups of %d rows", groups.size(), rows)
        .isLessThanOrEqualTo(groups.size() * pagesPerGroup + 1);
    if (children > 20) {
      assertThat(groups).as("groups fill the page").hasSizeLessThanOrEqualTo(children / 10 + 1);
    }
  }

  private static List<String> words(String text) {
    return Arrays.stream(PdfText.clean(text).split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
