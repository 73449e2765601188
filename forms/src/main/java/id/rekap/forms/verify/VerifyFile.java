package id.rekap.forms.verify;

import id.rekap.core.common.RekapException;
import id.rekap.core.exchange.ExportPackage;
import id.rekap.core.exchange.VerifyPackage;
import id.rekap.signing.CanonicalZip;
import id.rekap.signing.PdfSignature;
import id.rekap.signing.SignatureCheck;
import id.rekap.signing.TallyCentre;
import id.rekap.signing.TrustPolicy;
import id.rekap.signing.UnreadableFileException;
import id.rekap.signing.XlsxSignature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Verifies a signed file of any kind Rekap writes, recognised by its content rather than its name:
 * a PDF (PAdES), an XLSX (OOXML XML-DSig) or a recap package (CMS over the manifest). One answer
 * for all three: who signed, level, region, when, intact or not, trusted or not, and the problems.
 * A file that cannot be read as any of them is refused as bad input.
 */
public final class VerifyFile {
  /** What kind of file was verified. */
  public enum Kind {
    PDF,
    XLSX,
    PACKAGE
  }

  /** The verdict; {@code valid} when intact, trusted and without problems. */
  public record Result(
      Kind kind,
      Optional<TallyCentre> signer,
      Optional<X509Certificate> certificate,
      Optional<Instant> signedAt,
      boolean intact,
      boolean trusted,
      List<String> problems,
      Optional<VerifyPackage.Result> packageResult,
      Optional<FormClaims> claims) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** The same result with what the signed form states about itself. */
    Result withClaims(Optional<FormClaims> c) {
      return new Result(
          kind, signer, certificate, signedAt, intact, trusted, problems, packageResult, c);
    }

    public boolean valid() {
      return intact && trusted && problems.isEmpty();
    }
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final int MAX_NAMES = 10_000;

  private VerifyFile() {}

  public static Result run(Path file, TrustPolicy trust) {
    return run(VerifyPackage.read(file), file, trust);
  }

  /**
   * Verifies bytes held in memory.
   *
   * @param file how to name the file in messages
   */
  public static Result run(byte[] bytes, Object file, TrustPolicy trust) {
    try {
      if (startsWith(bytes, PDF_MAGIC)) {
        Result r = of(Kind.PDF, PdfSignature.verify(bytes, trust));
        return r.intact() ? r.withClaims(FormClaims.parse(pdfKeywords(bytes))) : r;
      }
      if (startsWith(bytes, ZIP_MAGIC)) {
        Set<String> names = names(bytes, file);
        if (names.contains(ExportPackage.MANIFEST)) {
          return ofPackage(VerifyPackage.run(bytes, file, trust));
        }
        if (names.contains(CONTENT_TYPES)) {
          Result r = of(Kind.XLSX, XlsxSignature.verify(bytes, trust));
          return r.intact() ? r.withClaims(FormClaims.parse(xlsxKeywords(bytes))) : r;
        }
      }
    } catch (UnreadableFileException e) {
      throw RekapException.badInput("verify.error.unreadable", file, e.getMessage());
    }
    throw RekapException.badInput("verify.error.kind", file);
  }

  private static Result of(Kind kind, SignatureCheck c) {
    return new Result(
        kind,
        c.signer(),
        c.certificate(),
        c.signedAt(),
        c.intact(),
        c.trusted(),
        c.problems(),
        Optional.empty(),
        Optional.empty());
  }

  private static Result ofPackage(VerifyPackage.Result r) {
    return new Result(
        Kind.PACKAGE,
        r.signer(),
        r.certificate(),
        r.signedAt(),
        r.certificate().isPresent() && r.problems().isEmpty(),
        r.trusted(),
        r.problems(),
        Optional.of(r),
        Optional.empty());
  }

  /**
   * The entry names, only to tell a package from a workbook: from the central directory when there
   * is one (even if entries are damaged), else read leniently entry by entry.
   */
  private static Set<String> names(byte[] bytes, Object file) {
    try {
      return new HashSet<>(CanonicalZip.names(bytes));
    } catch (UnreadableFileException notCanonical) {
      Set<String> names = new HashSet<>();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null && names.size() < MAX_NAMES) {
          names.add(e.getName());
        }
      } catch (IOException | IllegalArgumentException e) {
        throw RekapException.badInput("package.error.zip", file, e.getMessage());
      }
      return names;
    }
  }

  /** The keywords of an intact signed PDF (Rekap writes its QR text there); null if none. */
  private static String pdfKeywords(byte[] bytes) {
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      return pdf.getDocumentInformation().getKeywords();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The keywords of an intact signed workbook's core properties; null if none. */
  private static String xlsxKeywords(byte[] bytes) {
    try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(bytes))) {
      return pkg.getPackageProperties().getKeywordsProperty().orElse(null);
    } catch (IOException
        | org.apache.poi.openxml4j.exceptions.InvalidFormatException
        | RuntimeException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length
        && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }
}
