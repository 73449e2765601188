package id.rekap.core.report;

import id.rekap.core.common.StagedFile;
import id.rekap.signing.PdfSignature;
import id.rekap.signing.SigningKey;
import id.rekap.signing.XlsxSignature;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a form to a file atomically and durably ({@link StagedFile}): into a temporary file in the
 * same folder, forced to disk, then renamed over the target, so a crash, a power cut or a full disk
 * never leaves half a form where the clerk expects one. The drawing itself is the {@link
 * FormRenderer}'s (the forms module).
 */
public final class ReportFile {
  /** The file formats of a form. */
  public enum Format {
    PDF,
    XLSX;

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ReportFile() {}

  /**
   * Writes the form.
   *
   * @param target a file, or an existing folder to write {@code <fileStem>.<ext>} into (the name
   *     then carries the marking)
   * @return the file written
   */
  public static Path write(FormDocument doc, Format format, Paper paper, Path target) {
    return write(doc, format, paper, target, null, null);
  }

  /**
   * Writes the form signed with the key: PAdES for PDF, XML-DSig for XLSX. Signing happens in
   * memory, so the temporary file only ever holds the signed form and nothing of the key.
   */
  public static Path writeSigned(
      FormDocument doc, Format format, Paper paper, Path target, SigningKey key, Clock clock) {
    return write(doc, format, paper, target, Objects.requireNonNull(key), clock);
  }

  /** The form as a signed PDF, in memory (for the recap package). */
  public static byte[] signedPdf(FormDocument doc, Paper paper, SigningKey key, Clock clock) {
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    FormRenderer.installed().write(doc, Format.PDF, paper, rendered);
    return PdfSignature.sign(rendered.toByteArray(), Objects.requireNonNull(key), clock);
  }

  private static Path write(
      FormDocument doc, Format format, Paper paper, Path target, SigningKey key, Clock clock) {
    Path file =
        Files.isDirectory(target)
            ? target.resolve(doc.fileStem() + "." + format.extension())
            : target;
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    FormRenderer.installed().write(doc, format, paper, rendered);
    byte[] bytes = rendered.toByteArray();
    if (key != null) {
      bytes =
          switch (format) {
            case PDF -> PdfSignature.sign(bytes, key, clock);
            case XLSX -> XlsxSignature.sign(bytes, key, clock);
          };
    }
    // forced to disk before it takes the name, and the name forced too: after a power cut the
    // clerk finds the whole form or the previous file, never an empty one
    return StagedFile.writeAtomically(file, bytes);
  }
}
