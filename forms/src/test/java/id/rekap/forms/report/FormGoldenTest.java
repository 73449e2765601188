package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.core.election.ContestCode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.DHasilForm;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.report.SampleForms;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance 1 of issue 16: the text of every page of the forms, as a PDF text extraction reads it
 * (pdftotext-style, in reading order), equals the approved file in {@code
 * src/test/resources/golden/forms/}. A change to wording or layout thus shows in the diff of those
 * files, where it is reviewed. After an intended change, regenerate them all with:
 *
 * <pre>
 * ./mvnw -B -q -pl forms -am verify -Dtest=FormGoldenTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Drekap.golden.update=true
 * </pre>
 *
 * <p>The forms: D.Hasil Kecamatan and Kabupaten/Kota of PPWP (the real Kep. Seribu data: a PPK
 * workspace with its plenary recorded and adopted, and the KPU Kab. workspace's draft), of DPD, of
 * a DPRD Kab/Kota party list and of a Pilkada bupati contest against the empty column (real region
 * names, generated numbers), and the D.Kejadian of the recorded session and its blank.
 */
class FormGoldenTest {
  static final String UPDATE = "rekap.golden.update";
  private static final Path SOURCES = Path.of("src/test/resources/golden/forms");

  @TempDir static Path dir;
  private static Workspace ppk;
  private static Workspace kab;

  private static final ReportSettings GENERATED =
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

  @BeforeAll
  static void workspaces() {
    ppk = Workspaces.ppk(dir.resolve("ppk"), PlenaryOnFormsTest.SELATAN);
    var users = PlenaryUsers.add(ppk);
    PlenaryOnFormsTest.recordPlenary(ppk, users.chair(), users.operator());
    kab = Workspaces.sample(dir.resolve("kab"));
  }

  @AfterAll
  static void close() {
    ppk.close();
    kab.close();
  }

  static Stream<Arguments> forms() {
    List<Arguments> out = new ArrayList<>();
    out.add(form("d-hasil-kecamatan-ppwp", () -> ppkDHasil()));
    out.add(form("d-hasil-kabkota-ppwp", () -> kabDHasil()));
    out.add(
        form("d-hasil-kecamatan-pdpd", () -> generated(SampleForms.KLIRONG, ContestCode.PDPD, 8)));
    out.add(form("d-hasil-kabkota-pdpd", () -> generated(SampleForms.BOGOR, ContestCode.PDPD, 6)));
    out.add(
        form(
            "d-hasil-kecamatan-pdprdk",
            () -> generated(SampleForms.KLIRONG, ContestCode.PDPRDK, 6)));
    out.add(
        form("d-hasil-kabkota-pdprdk", () -> generated(SampleForms.BOGOR, ContestCode.PDPRDK, 5)));
    out.add(
        form(
            "d-hasil-kecamatan-pkwkk",
            () -> generated(SampleForms.LHOKSUKON, ContestCode.PKWKK, 8)));
    out.add(
        form("d-hasil-kabkota-pkwkk", () -> generated(SampleForms.BOGOR, ContestCode.PKWKK, 12)));
    out.add(form("d-kejadian", () -> kejadian(false)));
    out.add(form("d-kejadian-blanko", () -> kejadian(true)));
    return out.stream();
  }

  private static Arguments form(String name, Supplier<FormDocument> doc) {
    return Arguments.of(name, doc);
  }

  private static FormDocument ppkDHasil() {
    var r = ppk.reports();
    return r.dHasil(
        ContestCode.PPWP,
        null,
        null,
        r.settings(ContestCode.PPWP, null, List.of(), TestClock.FIXED, "0.1.0-test"));
  }

  private static FormDocument kabDHasil() {
    var r = kab.reports();
    return r.dHasil(
        ContestCode.PPWP,
        null,
        null,
        r.settings(ContestCode.PPWP, null, GENERATED.committee(), TestClock.FIXED, "0.1.0-test"));
  }

  private static FormDocument kejadian(boolean blank) {
    var r = ppk.reports();
    ReportSettings s = r.kejadianSettings(null, List.of(), TestClock.FIXED, "0.1.0-test");
    return blank ? r.dKejadianBlank(null, s) : r.dKejadian(null, null, s);
  }

  private static FormDocument generated(String region, ContestCode code, int children) {
    return DHasilForm.build(SampleForms.input(region, code, 2, 5, children), GENERATED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyPageReadsAsApproved(String name, Supplier<FormDocument> form) throws Exception {
    FormDocument doc = form.get();
    String actual = text(doc);
    assertThat(actual).doesNotContain("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04");
    String file = name + ".txt";
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(SOURCES);
      Files.writeString(SOURCES.resolve(file), actual, StandardCharsets.UTF_8);
      return;
    }
    String approved = approved(file);
    if (!actual.equals(approved)) {
      Path out = Path.of("target/golden-actual").resolve(file);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(pages(actual))
        .as(
            "pages of %s differ from the approved file (actual text in target/golden-actual/%s;"
                + " after an intended change run the test with -D%s=true)",
            name, file, UPDATE)
        .isEqualTo(pages(approved));
  }

  /** Every page's text, headed by its number, A4. */
  static String text(FormDocument doc) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(doc.formCode()).append(" — ").append(doc.documentId()).append(", A4\n");
    List<String> pages = FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4));
    for (int p = 0; p < pages.size(); p++) {
      b.append("=== Hal. ").append(p + 1).append(" ===\n");
      b.append(pages.get(p).stripTrailing()).append('\n');
    }
    // the audit head's hash covers a fresh workspace's random secrets: its sequence number stays
    return b.toString().replaceAll("(Kepala log audit: \\d+:)[0-9a-f]{64}", "$1<hash>");
  }

  private static List<String> pages(String text) {
    return List.of(text.split("(?m)^=== "));
  }

  private static String approved(String file) throws IOException {
    try (InputStream in = FormGoldenTest.class.getResourceAsStream("/golden/forms/" + file)) {
      if (in == null) {
        return "(no approved file: run the test with -D" + UPDATE + "=true)";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
