package id.rekap.app.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.report.ReportFile;
import id.rekap.forms.verify.VerifyFile;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reports: the forms written as PDF (with a preview of page 1) or XLSX, marked DRAFT. */
class ReportViewModelTest extends DemoWorkspaceTest {
  @Test
  void aDHasilPdfIsWrittenWithAPreviewOfItsFirstPage() throws Exception {
    ReportViewModel model = new ReportViewModel(session, "test");
    model.folder().set(tmp.resolve("out"));
    model.committee().set("Ketua=Siti Aminah\nAnggota=Budi Santoso");
    model.export();
    Path file = model.written().get();
    assertThat(file).exists().hasFileName("d-hasil-kabkota-ppwp-3101-draft.pdf");
    assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
    byte[] png = model.preview().get();
    assertThat(png).isNotNull();
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(model.message().get()).contains(file.toString());
  }

  @Test
  void aDKejadianXlsxHasNoPreviewAndABadCommitteeLineIsRefused() {
    ReportViewModel model = new ReportViewModel(session, "test");
    model.folder().set(tmp.resolve("out2"));
    model.form().set(ReportViewModel.Form.D_KEJADIAN);
    model.format().set(ReportFile.Format.XLSX);
    model.export();
    assertThat(model.written().get()).exists();
    assertThat(model.written().get().toString()).endsWith(".xlsx");
    assertThat(model.preview().get()).isNull();
    model.committee().set("Ketua tanpa nama");
    model.export();
    assertThat(model.message().get()).contains("Ketua tanpa nama");
  }

  @Test
  void aSignedPdfVerifiesIntactAndPrintingWritesThePdfForThePrinter() throws Exception {
    char[] pass = "frasa-sandi-laporan".toCharArray();
    var cert = ws.keys().init(id.rekap.app.gui.Demo.CHAIR, pass.clone());
    ReportViewModel model = new ReportViewModel(session, "test");
    model.folder().set(tmp.resolve("signed"));
    // only the chair signs with the workspace key (issue 15): an operator is refused, nothing
    // written
    id.rekap.app.gui.Demo.login(session, "ani");
    model.exportSigned(pass.clone(), true);
    assertThat(model.message().get()).contains("ani").contains("ketua").doesNotContain("chair");
    assertThat(tmp.resolve("signed").toFile().list()).isNullOrEmpty();
    id.rekap.app.gui.Demo.login(session, "ketua");
    model.exportSigned("bukan-frasanya".toCharArray());
    assertThat(model.message().get()).contains("tidak dapat dibuka");
    model.sign().set(true);
    model.exportSigned(pass.clone());
    // the demo's form is a DRAFT: signed only once the user confirmed it (issue 13)
    assertThat(model.message().get()).contains("DRAFT").contains("--sign-draft");
    model.exportSigned(pass.clone(), true);
    Path file = model.written().get();
    assertThat(model.message().get()).contains("Ditandatangani", SigningKey.fingerprint(cert));
    var verdict = VerifyFile.run(file, TrustPolicy.of(java.util.List.of(cert)));
    assertThat(verdict.kind()).isEqualTo(VerifyFile.Kind.PDF);
    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.signer().orElseThrow().regionCode()).isEqualTo("3101");

    java.util.List<String> printed = new java.util.ArrayList<>();
    model.format().set(ReportFile.Format.XLSX);
    model.folder().set(tmp.resolve("printed"));
    model.print(
        null,
        (pdf, paper) -> {
          printed.add(pdf.getFileName() + " " + paper);
          return true;
        });
    assertThat(printed).containsExactly("d-hasil-kabkota-ppwp-3101-draft.pdf A4");
    assertThat(model.message().get()).contains("pencetak");
  }
}
