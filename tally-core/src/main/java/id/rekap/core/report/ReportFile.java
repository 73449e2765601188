package id.rekap.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a form to a file atomically: into a temporary file in the same folder, then moved over the
 * target, so a crash or a full disk never leaves half a form where the clerk expects one.
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
    Path file =
        Files.isDirectory(target)
            ? target.resolve(doc.fileStem() + "." + format.extension())
            : target;
    Path folder = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, ".rekap-", ".part");
      try (OutputStream out = Files.newOutputStream(temp)) {
        switch (format) {
          case PDF -> PdfForm.write(doc, paper, out);
          case XLSX -> XlsxForm.write(doc, out);
        }
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temp file is hidden and named .part; leaving it is harmless
        }
      }
    }
  }
}
