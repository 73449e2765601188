package id.rekap.core.exchange;

import id.rekap.core.common.RekapException;
import id.rekap.signing.PdfSignature;
import id.rekap.signing.SignatureCheck;
import id.rekap.signing.TrustPolicy;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/**
 * What the import refuses in a package's content once its signature is read: the issues the
 * verification found (each with its own message) and D.Hasil forms not signed by the sender.
 */
final class PackageContentChecks {
  private PackageContentChecks() {}

  /**
   * The D.Hasil PDFs in a package must be signed (PAdES, intact) by the key that signed the
   * package: the paper the PPK signed and the numbers it sent come from the same hands.
   */
  static void refuseUnsignedForms(
      Object file, Map<String, byte[]> entries, X509Certificate sender) {
    var onlySender = TrustPolicy.of(List.of(sender));
    for (var e : entries.entrySet()) {
      if (!e.getKey().startsWith(ExportPackage.FORMS)) {
        continue;
      }
      if (!e.getKey().endsWith(".pdf")) {
        throw RekapException.badInput("package.error.form", file, e.getKey(), "not a PDF");
      }
      SignatureCheck check;
      try {
        check = PdfSignature.verify(e.getValue(), onlySender);
      } catch (RuntimeException ex) {
        throw RekapException.badInput("package.error.form", file, e.getKey(), "unreadable");
      }
      if (!check.valid()) {
        throw RekapException.badInput(
            "package.error.form", file, e.getKey(), String.join("; ", check.problems()));
      }
    }
  }

  static void refuseIssues(Object file, VerifyPackage.Result verified) {
    for (VerifyPackage.Issue issue : verified.issues()) {
      String key =
          switch (issue.kind()) {
            case SIGNATURE -> "package.error.signature";
            case LAYOUT -> "package.error.layout";
            case MISSING -> "package.error.missingEntry";
            case ALTERED -> "package.error.altered";
            case EXTRA -> "package.error.extraEntry";
          };
      throw RekapException.badInput(key, file, issue.detail());
    }
  }
}
