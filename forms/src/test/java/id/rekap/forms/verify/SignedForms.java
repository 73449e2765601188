package id.rekap.forms.verify;

import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionCode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.support.TestClock;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.forms.report.PdfForm;
import id.rekap.forms.report.XlsxForm;
import id.rekap.signing.PdfSignature;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import id.rekap.signing.XlsxSignature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real signed artifacts of the Kepulauan Seribu sample, made once per test JVM: the D.Hasil
 * Kecamatan 31.01.01 (PPWP) as PDF and XLSX, signed with a tally-centre key, and a signed recap
 * package.
 */
final class SignedForms {
  static final char[] PASS = "frasa-sandi-kunci".toCharArray();

  final SigningKey key;
  final byte[] pdf;
  final byte[] xlsx;
  final byte[] signedPdf;
  final byte[] signedXlsx;
  final byte[] signedPackage;

  private static SignedForms instance;

  private SignedForms(Path dir) {
    try (Workspace ws = Workspaces.sample(dir.resolve("ws"))) {
      var info = ws.info();
      key =
          SigningKey.create(
              dir.resolve("ws/keys/signing.p12"),
              PASS,
              new TallyCentre(
                  info.name(), info.level().id(), info.region().value(), info.electionId()),
              TestClock.FIXED);
      ReportSettings settings =
          new ReportSettings(
              List.of(new CommitteeMember("Ketua", "Siti Rahmawati")),
              Marking.DRAFT,
              TestClock.FIXED,
              "0.1.0-test");
      FormDocument doc =
          ws.reports().dHasil(ContestCode.PPWP, new RegionCode("310101"), null, settings);
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      PdfForm.write(doc, Paper.A4, p);
      pdf = p.toByteArray();
      ByteArrayOutputStream x = new ByteArrayOutputStream();
      XlsxForm.write(doc, Paper.A4, x);
      xlsx = x.toByteArray();
      signedPdf = PdfSignature.sign(pdf, key, TestClock.FIXED);
      signedXlsx = XlsxSignature.sign(xlsx, key, TestClock.FIXED);
      Path out = dir.resolve("kep-seribu.rekap");
      ws.exportPackage().run(Workspaces.CLERK, key, null, out, "0.1.0-test");
      signedPackage = Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized SignedForms get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("rekap-signed-forms");
        instance = new SignedForms(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Workspaces.deleteTree(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }
}
